namespace Jixiao.Domain.ResultApplication;

/// <summary>
/// A rule of 结果应用: for each grade (优/良/中/差) the suggested linkage to next year's budget, with the documents it
/// rests on. Data, not code (schemes/result-application-*.json, read by <see cref="ResultApplicationReader"/>); the
/// suggestions are advice for the reviewer and are never applied to any budget.
/// </summary>
public sealed record ResultApplicationRule
{
    public string Name { get; init; } = string.Empty;

    public string Version { get; init; } = string.Empty;

    public string Title { get; init; } = string.Empty;

    /// <summary>False while the numbers are a default that the finance bureau has not confirmed.</summary>
    public bool Confirmed { get; init; }

    /// <summary>One Chinese sentence on how far the rule is confirmed (what is documented, what is a default).</summary>
    public string Status { get; init; } = string.Empty;

    /// <summary>The documents the rule rests on (required).</summary>
    public IReadOnlyList<string> Basis { get; init; } = [];

    public IReadOnlyList<string> Notes { get; init; } = [];

    public IReadOnlyList<ResultApplicationGrade> Grades { get; init; } = [];

    /// <summary>The suggestion for a grade ("优", "良", "中", "差"), or null when the grade is unknown or absent.</summary>
    public ResultApplicationGrade? For(string? grade) =>
        string.IsNullOrWhiteSpace(grade) ? null : Grades.FirstOrDefault(g => string.Equals(g.Grade, grade.Trim(), StringComparison.Ordinal));
}
