using System.Text.Json;
using System.Text.Json.Serialization;

namespace Jixiao.Audit.Engine;

/// <summary>
/// A rule profile (jixiao.rules.json): a name, per-rule severity overrides ("error", "warning", "info" or "off")
/// and audit settings. Overrides apply to findings outside rounding; rounding-only findings stay info.
/// </summary>
public sealed record RuleProfile
{
    public static readonly RuleProfile Default = new();

    public string Name { get; init; } = "default";

    public IReadOnlyDictionary<string, string> Rules { get; init; } = new Dictionary<string, string>();

    public AuditSettings Settings { get; init; } = AuditSettings.Default;

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        // A misspelt key ("JX1001" at the top level instead of under "rules") must not be silently ignored.
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>Reads a profile; the error names what is wrong (in Chinese, for the user).</summary>
    /// <param name="fallbackName">The name to report when the profile names none (e.g. its file name).</param>
    public static (RuleProfile? Profile, string? Error) Parse(string json, string? fallbackName = null)
    {
        RuleProfile? profile;
        try
        {
            profile = JsonSerializer.Deserialize<RuleProfile>(json, Options);
        }
        catch (JsonException e)
        {
            return (null, $"规则配置不是有效的 JSON 或含有未知的键：第 {e.LineNumber + 1} 行“{e.Path}”处出错（应为 name、rules、settings）");
        }

        if (profile is null)
        {
            return (null, "规则配置为空");
        }

        foreach (var (id, level) in profile.Rules)
        {
            if (RuleCatalogue.Find(id) is null)
            {
                return (null, $"规则配置中的 {id} 不是已知规则");
            }

            if (level is not ("error" or "warning" or "info" or "off"))
            {
                return (null, $"规则 {id} 的级别“{level}”无效，应为 error、warning、info 或 off");
            }
        }

        return (profile.Name == Default.Name && fallbackName is not null ? profile with { Name = fallbackName } : profile, null);
    }

    /// <summary>The severity a finding of this rule gets, or null when the rule is off.</summary>
    public Severity? Apply(string ruleId, Severity severity, bool withinRounding)
    {
        if (!Rules.TryGetValue(ruleId, out var level))
        {
            return severity;
        }

        return level switch
        {
            "off" => null,
            _ when withinRounding => Severity.Info,
            "error" => Severity.Error,
            "warning" => Severity.Warning,
            _ => Severity.Info,
        };
    }
}
