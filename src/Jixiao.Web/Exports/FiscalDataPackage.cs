using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Jixiao.Audit.Output;
using Jixiao.Domain.Facts;

namespace Jixiao.Web.Exports;

/// <summary>
/// Many reports' figures as a zip Fiscal Data Package (Frictionless Data, profile `fiscal-data-package`) for open-data
/// publication: `datapackage.json` describes three CSV resources — budgets (年初/调整预算 by line), execution (调整预算,
/// 决算 and 执行率 by line) and indicators (target, actual, weight, score) — each with a Table Schema whose fields carry
/// the FDP `columnType`, and a `model` naming the measures (amounts in 元, CNY) and dimensions.
/// </summary>
public static class FiscalDataPackage
{
    /// <summary>One report's figures in the package: its id in the workbench and its key figures.</summary>
    public sealed record Entry(int ReportId, KeyFigures Facts);

    private const decimal Yuan = 10_000m;

    private static readonly JsonSerializerOptions Indented = new(OutputJson.Indented) { PropertyNamingPolicy = null };

    private static readonly Resource Budgets = new("budgets", "预算（年初预算、调整预算）",
    [
        Field.Key("report_id", "integer", "报告编号", null),
        Field.Key("department", "string", "部门", "administrative-classification:generic:level1:label"),
        Field.Key("fiscal_year", "integer", "年度", "date:fiscal-year"),
        Field.Key("line", "string", "预算行（收入合计、支出合计、基本支出、项目支出、项目）", "functional-classification:generic:level1:label"),
        Field.Key("item", "string", "项目名称（项目行）", "functional-classification:generic:level2:label"),
        Field.Key("phase", "string", "阶段（approved 年初预算，adjusted 调整预算）", "phase:id"),
        Field.Value("amount", "number", "金额（元）"),
    ]);

    private static readonly Resource Execution = new("execution", "预算执行（调整预算、决算、执行率）",
    [
        Field.Key("report_id", "integer", "报告编号", null),
        Field.Key("department", "string", "部门", "administrative-classification:generic:level1:label"),
        Field.Key("fiscal_year", "integer", "年度", "date:fiscal-year"),
        Field.Key("line", "string", "预算行（支出合计、基本支出、项目支出、项目）", "functional-classification:generic:level1:label"),
        Field.Key("item", "string", "项目名称（项目行）", "functional-classification:generic:level2:label"),
        Field.Value("adjusted", "number", "调整预算（元）"),
        Field.Value("executed", "number", "决算支出（元）"),
        Field.Value("execution_rate", "number", "执行率（%）", unitless: true),
    ]);

    private static readonly Resource Indicators = new("indicators", "绩效指标完成情况",
    [
        Field.Key("report_id", "integer", "报告编号", null),
        Field.Key("department", "string", "部门", "administrative-classification:generic:level1:label"),
        Field.Key("fiscal_year", "integer", "年度", "date:fiscal-year"),
        Field.Key("level1", "string", "一级指标", null),
        Field.Key("level2", "string", "二级指标", null),
        Field.Key("indicator", "string", "三级指标", null),
        Field.Key("target", "string", "指标值", null),
        Field.Key("actual", "string", "实际完成值", null),
        Field.Value("weight", "number", "分值", unitless: true),
        Field.Value("score", "number", "得分", unitless: true),
    ]);

    /// <summary>The zip: datapackage.json and one CSV per resource (UTF-8, header row, RFC 4180).</summary>
    public static byte[] Write(IReadOnlyList<Entry> entries, int? year, DateTimeOffset created)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var tables = new (Resource Resource, List<string?[]> Rows)[]
        {
            (Budgets, [.. entries.SelectMany(BudgetRows)]),
            (Execution, [.. entries.SelectMany(ExecutionRows)]),
            (Indicators, [.. entries.SelectMany(IndicatorRows)]),
        };
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "datapackage.json", JsonSerializer.Serialize(Descriptor(tables.Select(t => t.Resource), year, created), Indented));
            foreach (var (resource, rows) in tables)
            {
                var csv = new StringBuilder().Append(Csv.Line(resource.Fields.Select(f => f.Name))).Append("\r\n");
                foreach (var row in rows)
                {
                    csv.Append(Csv.Line(row)).Append("\r\n");
                }

                Add(zip, resource.Path, csv.ToString());
            }
        }

        return buffer.ToArray();
    }

    private static Dictionary<string, object?> Descriptor(IEnumerable<Resource> resources, int? year, DateTimeOffset created)
    {
        var descriptor = new Dictionary<string, object?>
        {
            ["profile"] = "fiscal-data-package",
            ["name"] = year is { } y ? $"jixiao-self-evaluation-{y}" : "jixiao-self-evaluation",
            ["title"] = (year is { } t ? $"{t}年度" : string.Empty) + "部门整体支出绩效自评：预算、执行与绩效指标",
            ["description"] = "由 Jixiao 从各部门报送的绩效自评报告（每份报告的最新版本）读出；金额为元，由报告所列万元精确换算，未经财政部门核定。",
            ["countryCode"] = "CN",
            ["created"] = created.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture),
            ["resources"] = resources.Select(r => r.Descriptor()).ToArray(),
            ["model"] = new Dictionary<string, object>
            {
                ["measures"] = new Dictionary<string, object>
                {
                    ["amount"] = new { resource = Budgets.Name, source = "amount", currency = "CNY" },
                    ["adjusted"] = new { resource = Execution.Name, source = "adjusted", currency = "CNY" },
                    ["executed"] = new { resource = Execution.Name, source = "executed", currency = "CNY", direction = "expenditure", phase = "executed" },
                },
                ["dimensions"] = new Dictionary<string, object>
                {
                    ["department"] = Dimension("department", "entity"),
                    ["fiscal_year"] = Dimension("fiscal_year", "datetime"),
                    ["line"] = Dimension("line", "classification"),
                    ["phase"] = Dimension("phase", "other"),
                },
            },
        };
        if (year is { } fiscal)
        {
            descriptor["fiscalPeriod"] = new { start = $"{fiscal}-01-01", end = $"{fiscal}-12-31" };
        }

        return descriptor;
    }

    private static object Dimension(string source, string type) =>
        new { attributes = new Dictionary<string, object> { [source] = new { source } }, primaryKey = source, dimensionType = type };

    private static IEnumerable<string?[]> BudgetRows(Entry e)
    {
        var f = e.Facts;
        foreach (var (line, item, initial, adjusted) in new (string, string?, decimal?, decimal?)[]
        {
            ("收入合计", null, f.Revenue.Initial, f.Revenue.Adjusted),
            ("支出合计", null, f.Expenditure.Initial, f.Expenditure.Adjusted),
            ("基本支出", null, f.Basic.Initial, f.Basic.Adjusted),
            ("项目支出", null, f.ProjectSpending.Initial, f.ProjectSpending.Adjusted),
        }.Concat(f.Projects.Select(p => ("项目", (string?)p.Name, p.Initial, p.Adjusted))))
        {
            if (initial is not null)
            {
                yield return Keyed(e, line, item, "approved", Money(initial));
            }

            if (adjusted is not null)
            {
                yield return Keyed(e, line, item, "adjusted", Money(adjusted));
            }
        }
    }

    private static IEnumerable<string?[]> ExecutionRows(Entry e)
    {
        var f = e.Facts;
        return new (string Line, string? Item, decimal? Adjusted, decimal? Actual, decimal? Rate)[]
            {
                ("支出合计", null, f.Expenditure.Adjusted, f.Expenditure.Actual, f.Expenditure.ExecutionRate),
                ("基本支出", null, f.Basic.Adjusted, f.Basic.Actual, null),
                ("项目支出", null, f.ProjectSpending.Adjusted, f.ProjectSpending.Actual, null),
            }
            .Concat(f.Projects.Select(p => (Line: "项目", Item: (string?)p.Name, p.Adjusted, p.Actual, Rate: p.ExecutionRate)))
            .Where(r => r.Adjusted is not null || r.Actual is not null)
            .Select(r => Keyed(e, r.Line, r.Item, Money(r.Adjusted), Money(r.Actual), Number(r.Rate)));
    }

    private static IEnumerable<string?[]> IndicatorRows(Entry e) =>
        e.Facts.Indicators.Select(i => Keyed(e, i.Level1, i.Level2, i.Name, i.Target, i.Actual, Number(i.Weight), Number(i.Score)));

    private static string?[] Keyed(Entry e, params string?[] rest) =>
        [e.ReportId.ToString(CultureInfo.InvariantCulture), e.Facts.Department, e.Facts.Year?.ToString(CultureInfo.InvariantCulture), .. rest];

    /// <summary>万元 → 元, exactly.</summary>
    private static string? Money(decimal? tenThousands) => Number(tenThousands * Yuan);

    private static string? Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static void Add(ZipArchive zip, string name, string text)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        stream.Write(new UTF8Encoding(false).GetBytes(text));
    }

    /// <summary>A CSV resource of the package and its Table Schema.</summary>
    private sealed record Resource(string Name, string Title, IReadOnlyList<Field> Fields)
    {
        public string Path => Name + ".csv";

        public Dictionary<string, object?> Descriptor() => new()
        {
            ["name"] = Name,
            ["title"] = Title,
            ["path"] = Path,
            ["profile"] = "tabular-data-resource",
            ["format"] = "csv",
            ["mediatype"] = "text/csv",
            ["encoding"] = "utf-8",
            ["schema"] = new Dictionary<string, object>
            {
                ["fields"] = Fields.Select(f => f.Descriptor()).ToArray(),
                ["missingValues"] = new[] { string.Empty },
            },
        };
    }

    /// <summary>A Table Schema field with its FDP column type (null: none).</summary>
    private sealed record Field(string Name, string Type, string Title, string? ColumnType, bool Currency)
    {
        public static Field Key(string name, string type, string title, string? columnType) => new(name, type, title, columnType, false);

        public static Field Value(string name, string type, string title, bool unitless = false) => new(name, type, title, "value", !unitless);

        public Dictionary<string, object> Descriptor()
        {
            var field = new Dictionary<string, object> { ["name"] = Name, ["type"] = Type, ["title"] = Title };
            if (ColumnType is not null)
            {
                field["columnType"] = ColumnType;
            }

            if (Currency)
            {
                field["currency"] = "CNY";
            }

            return field;
        }
    }
}
