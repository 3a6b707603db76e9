namespace Jixiao.Data.Accounts;

/// <summary>
/// What an import did: with <see cref="Problems"/> (one Chinese line each, naming file and row) nothing was written;
/// otherwise the counts of rows added, already there unchanged, and (departments only) given a new 上级部门.
/// </summary>
public sealed record RosterImportResult(IReadOnlyList<string> Problems, int Added, int Existing, int Updated, IReadOnlyList<IssuedToken> Tokens)
{
    public static RosterImportResult Rejected(IReadOnlyList<string> problems) => new(problems, 0, 0, 0, []);

    public bool IsRejected => Problems.Count > 0;
}
