namespace Jixiao.Documents.Workbook;

/// <summary>The problems found while importing one workbook, in the order found.</summary>
internal sealed class ImportLog
{
    private readonly List<ImportProblem> _problems = [];

    public IEnumerable<ImportProblem> Errors => _problems.Where(p => p.IsError);

    public IEnumerable<ImportProblem> Warnings => _problems.Where(p => !p.IsError);

    public bool HasErrors => _problems.Any(p => p.IsError);

    public void Error(string? cell, string message) => _problems.Add(ImportProblem.Error(cell, message));

    public void Warning(string? cell, string message, string code) => _problems.Add(ImportProblem.Warning(cell, message, code));
}
