using System.Globalization;
using System.Text.Json;
using Jixiao.Audit.Output;
using Jixiao.Domain.Facts;

namespace Jixiao.Cli.Rendering;

/// <summary>Writes key figures as the facts JSON of CONTRACTS.md, NDJSON or one CSV row per input.</summary>
public static class FactsRenderer
{
    public static readonly string CsvHeader = Csv.Line(["file", "genre", "department", "year", "project", "unit",
        "revenue.initial", "revenue.adjusted", "revenue.final",
        "expenditure.initial", "expenditure.adjusted", "expenditure.actual", "expenditure.executionRate",
        "basic.initial", "basic.adjusted", "basic.actual", "project.initial", "project.adjusted", "project.actual",
        "projects.count", "indicators.count", "score.stated", "score.max"]);

    public static string Json(KeyFigures figures, bool indented) =>
        JsonSerializer.Serialize(FactsDocument.Of(figures), indented ? OutputJson.Indented : OutputJson.Line);

    public static string CsvRow(KeyFigures f) => Csv.Line([f.File, GenreNames.Of(f.Genre), f.Department, Number(f.Year), f.Project, f.Unit,
        Number(f.Revenue.Initial), Number(f.Revenue.Adjusted), Number(f.Revenue.Final),
        Number(f.Expenditure.Initial), Number(f.Expenditure.Adjusted), Number(f.Expenditure.Actual), Number(f.Expenditure.ExecutionRate),
        Number(f.Basic.Initial), Number(f.Basic.Adjusted), Number(f.Basic.Actual),
        Number(f.ProjectSpending.Initial), Number(f.ProjectSpending.Adjusted), Number(f.ProjectSpending.Actual),
        Number(f.Projects.Count), Number(f.Indicators.Count), Number(f.Score.Stated), Number(f.Score.Max)]);

    private static string? Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);
}
