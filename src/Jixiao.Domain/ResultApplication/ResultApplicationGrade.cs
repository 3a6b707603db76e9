namespace Jixiao.Domain.ResultApplication;

/// <summary>
/// The budget linkage suggested for one grade: a stable <paramref name="Action"/> code (prioritise, maintain, reduce,
/// reduce-or-cancel), the short Chinese suggestion ("压减 5%–10%"), a sentence of detail, and the reduction range in
/// percent of next year's budget when the suggestion is a reduction.
/// </summary>
public sealed record ResultApplicationGrade(string Grade, string Action, string Suggestion, string Detail, ReductionRange? Reduction);

/// <summary>A reduction of next year's budget from <paramref name="Min"/> to <paramref name="Max"/> percent (100 = 取消).</summary>
public sealed record ReductionRange(decimal Min, decimal Max);
