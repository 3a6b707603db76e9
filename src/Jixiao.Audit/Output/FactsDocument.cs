using Jixiao.Domain.Facts;

namespace Jixiao.Audit.Output;

/// <summary>The facts JSON of CONTRACTS.md for one input (the CLI's `facts --format json` and the API's facts).</summary>
public static class FactsDocument
{
    public static object Of(KeyFigures f) => new Dictionary<string, object?>
    {
        ["file"] = f.File,
        ["genre"] = GenreNames.Of(f.Genre),
        ["department"] = f.Department,
        ["year"] = f.Year,
        ["unit"] = f.Unit,
        ["revenue"] = f.Revenue,
        ["expenditure"] = f.Expenditure,
        ["basic"] = f.Basic,
        // The contract's example has "project" twice (a name and the project-expenditure figures); a JSON object
        // keeps one: department reports carry the figures, project tables (no split) will carry the name.
        ["project"] = f.Project is null ? f.ProjectSpending : f.Project,
        ["projects"] = f.Projects,
        ["indicators"] = f.Indicators,
        ["score"] = f.Score,
    };
}
