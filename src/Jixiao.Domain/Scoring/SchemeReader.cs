using System.Text.Json;

namespace Jixiao.Domain.Scoring;

/// <summary>Reads a scoring scheme from its JSON text and checks it; every problem is one Chinese sentence. No IO.</summary>
public static class SchemeReader
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static (ScoringScheme? Scheme, string? Error) Parse(string json)
    {
        ScoringScheme? scheme;
        try
        {
            scheme = JsonSerializer.Deserialize<ScoringScheme>(json, Options);
        }
        catch (JsonException e)
        {
            return (null, $"评分方案不是有效的 JSON（第 {(e.LineNumber ?? 0) + 1} 行附近）");
        }
        catch (NotSupportedException)
        {
            return (null, "评分方案不是有效的 JSON");
        }

        if (scheme is null)
        {
            return (null, "评分方案为空");
        }

        var error = Validate(scheme);
        return error is null ? (scheme, null) : (null, error);
    }

    private static string? Validate(ScoringScheme scheme)
    {
        if (string.IsNullOrWhiteSpace(scheme.Name))
        {
            return "评分方案缺少名称（name）";
        }

        if (scheme.Basis.Count == 0)
        {
            return $"评分方案“{scheme.Name}”没有注明依据（basis）";
        }

        if (!scheme.Overlay && scheme.Items.Count == 0)
        {
            return $"评分方案“{scheme.Name}”没有评分项（items）";
        }

        foreach (var item in Flatten(scheme.Items))
        {
            if (string.IsNullOrWhiteSpace(item.Name))
            {
                return $"评分方案“{scheme.Name}”有评分项缺少名称（name）";
            }

            if (!SchemeMethods.All.Contains(item.Method))
            {
                return $"评分方案“{scheme.Name}”的评分项“{item.Name}”的方法“{item.Method}”无法识别（可用：{string.Join("、", SchemeMethods.All)}）";
            }

            if (item.IndicatorMethod is { } indicatorMethod && !SchemeMethods.IndicatorMethods.Contains(indicatorMethod))
            {
                return $"评分方案“{scheme.Name}”的评分项“{item.Name}”的指标计分方法“{indicatorMethod}”无法识别（可用：{string.Join("、", SchemeMethods.IndicatorMethods)}）";
            }

            if (item.Points is < 0)
            {
                return $"评分方案“{scheme.Name}”的评分项“{item.Name}”分值为负数";
            }

            if (item.Manual is { } manual && string.IsNullOrWhiteSpace(manual.Reason))
            {
                return $"评分方案“{scheme.Name}”的评分项“{item.Name}”给出了人工得分 {manual.Score}，但没有写明理由（manual.reason）";
            }

            if (item.Method == SchemeMethods.Formula)
            {
                if (string.IsNullOrWhiteSpace(item.Formula))
                {
                    return $"评分方案“{scheme.Name}”的评分项“{item.Name}”使用公式计分，但没有给出公式（formula）";
                }

                var names = item.Inputs.Select(i => i.Name).Append(Formula.PointsName).ToHashSet(StringComparer.Ordinal);
                if (Formula.Check(item.Formula, names) is { } formulaError)
                {
                    return $"评分方案“{scheme.Name}”的评分项“{item.Name}”的公式有误：{formulaError}";
                }

                if (item.Inputs.FirstOrDefault(i => !FormulaSources.All.Contains(i.Source)) is { } badInput)
                {
                    return $"评分方案“{scheme.Name}”的评分项“{item.Name}”的输入“{badInput.Name}”来源“{badInput.Source}”无法识别（可用：{string.Join("、", FormulaSources.All)}）";
                }
            }
        }

        return null;
    }

    private static IEnumerable<SchemeItem> Flatten(IEnumerable<SchemeItem> items) =>
        items.SelectMany(i => new[] { i }.Concat(Flatten(i.Children)));
}

/// <summary>Where a formula input comes from.</summary>
public static class FormulaSources
{
    public const string OutputBandScore = "band-score:output";
    public const string BenefitBandScore = "band-score:benefit";
    public const string SatisfactionBandScore = "band-score:satisfaction";
    public const string ExecutionRate = "execution-rate";
    public const string Parameter = "parameter";

    public static IReadOnlyList<string> All { get; } = [OutputBandScore, BenefitBandScore, SatisfactionBandScore, ExecutionRate, Parameter];
}
