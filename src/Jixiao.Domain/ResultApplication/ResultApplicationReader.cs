using System.Text.Json;

namespace Jixiao.Domain.ResultApplication;

/// <summary>
/// Reads a <see cref="ResultApplicationRule"/> from its JSON text and checks it, each problem one Chinese sentence; the
/// shipped default (schemes/result-application-default.json) is embedded in this assembly.
/// </summary>
public static class ResultApplicationReader
{
    private const string DefaultResource = "Jixiao.Domain.result-application-default.json";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private static readonly Lazy<ResultApplicationRule> Shipped = new(() =>
    {
        using var stream = typeof(ResultApplicationReader).Assembly.GetManifestResourceStream(DefaultResource)
            ?? throw new InvalidOperationException("The default result-application rule is not embedded in Jixiao.Domain.");
        using var reader = new StreamReader(stream);
        var (rule, error) = Parse(reader.ReadToEnd());
        return rule ?? throw new InvalidOperationException($"The default result-application rule is invalid: {error}");
    });

    /// <summary>The shipped default rule (numbers to be confirmed with the finance bureau).</summary>
    public static ResultApplicationRule Default => Shipped.Value;

    public static (ResultApplicationRule? Rule, string? Error) Parse(string json)
    {
        ResultApplicationRule? rule;
        try
        {
            rule = JsonSerializer.Deserialize<ResultApplicationRule>(json, Options);
        }
        catch (JsonException e)
        {
            return (null, $"结果应用规则不是有效的 JSON（第 {(e.LineNumber ?? 0) + 1} 行附近）");
        }

        if (rule is null)
        {
            return (null, "结果应用规则为空");
        }

        var error = Validate(rule);
        return error is null ? (rule, null) : (null, error);
    }

    private static string? Validate(ResultApplicationRule rule)
    {
        if (string.IsNullOrWhiteSpace(rule.Name))
        {
            return "结果应用规则缺少名称（name）";
        }

        if (rule.Basis.Count == 0)
        {
            return $"结果应用规则“{rule.Name}”没有注明依据（basis）";
        }

        if (rule.Grades.Count == 0)
        {
            return $"结果应用规则“{rule.Name}”没有列出等级（grades）";
        }

        foreach (var grade in rule.Grades)
        {
            if (string.IsNullOrWhiteSpace(grade.Grade) || string.IsNullOrWhiteSpace(grade.Action) || string.IsNullOrWhiteSpace(grade.Suggestion))
            {
                return $"结果应用规则“{rule.Name}”有等级缺少 grade、action 或 suggestion";
            }

            if (grade.Reduction is { } range && (range.Min < 0m || range.Max > 100m || range.Min > range.Max))
            {
                return $"结果应用规则“{rule.Name}”中“{grade.Grade}”的压减比例应在 0–100 之间且 min 不大于 max";
            }
        }

        return rule.Grades.GroupBy(g => g.Grade.Trim(), StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice
            ? $"结果应用规则“{rule.Name}”中等级“{twice.Key}”出现不止一次"
            : null;
    }
}
