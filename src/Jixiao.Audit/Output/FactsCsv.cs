using System.Globalization;
using Jixiao.Domain.Facts;

namespace Jixiao.Audit.Output;

/// <summary>
/// The facts as CSV (CONTRACTS.md): one row per input with the scalar fields flattened and the counts of projects and
/// indicators. `jixiao facts --format csv` and the bulk export `GET /api/exports/facts.csv` write the same columns.
/// </summary>
public static class FactsCsv
{
    public static readonly string Header = Csv.Line(["file", "genre", "department", "year", "project", "unit",
        "revenue.initial", "revenue.adjusted", "revenue.final",
        "expenditure.initial", "expenditure.adjusted", "expenditure.actual", "expenditure.executionRate",
        "basic.initial", "basic.adjusted", "basic.actual", "project.initial", "project.adjusted", "project.actual",
        "projects.count", "indicators.count", "score.stated", "score.max"]);

    public static string Row(KeyFigures f)
    {
        ArgumentNullException.ThrowIfNull(f);
        return Csv.Line([f.File, GenreNames.Of(f.Genre), f.Department, Number(f.Year), f.Project, f.Unit,
            Number(f.Revenue.Initial), Number(f.Revenue.Adjusted), Number(f.Revenue.Final),
            Number(f.Expenditure.Initial), Number(f.Expenditure.Adjusted), Number(f.Expenditure.Actual), Number(f.Expenditure.ExecutionRate),
            Number(f.Basic.Initial), Number(f.Basic.Adjusted), Number(f.Basic.Actual),
            Number(f.ProjectSpending.Initial), Number(f.ProjectSpending.Adjusted), Number(f.ProjectSpending.Actual),
            Number(f.Projects.Count), Number(f.Indicators.Count), Number(f.Score.Stated), Number(f.Score.Max)]);
    }

    private static string? Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);
}
