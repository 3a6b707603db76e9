using System.Text.Json;
using System.Text.Json.Serialization;

namespace Jixiao.Audit.Engine;

/// <summary>The Chinese titles, message templates and expected sentences of the catalogue (Resources/rule-texts.json).</summary>
public static partial class RuleTexts
{
    private static readonly Lazy<Dictionary<string, Dictionary<string, string>>> Texts = new(Load);

    public static string Title(string id) => Get(id, "title");

    public static string Message(string id) => Get(id, "message");

    public static string Expected(string id) => Get(id, "expected");

    /// <summary>The sentence appended to a message when the difference is within rounding.</summary>
    public static string WithinRoundingSuffix => Get("common", "withinRounding");

    public static RuleDescriptor Describe(string id, RuleCategory category, Severity severity) =>
        new(id, category, severity, Title(id), Message(id), Expected(id));

    private static string Get(string id, string key) =>
        Texts.Value.TryGetValue(id, out var entry) && entry.TryGetValue(key, out var text)
            ? text
            : throw new InvalidOperationException($"No text '{key}' for rule {id} in rule-texts.json.");

    private static Dictionary<string, Dictionary<string, string>> Load()
    {
        using var stream = typeof(RuleTexts).Assembly.GetManifestResourceStream("Jixiao.Audit.rule-texts.json")
            ?? throw new InvalidOperationException("rule-texts.json is not embedded.");
        return JsonSerializer.Deserialize(stream, TextsJson.Default.DictionaryStringDictionaryStringString)
            ?? throw new InvalidOperationException("rule-texts.json is empty.");
    }

    /// <summary>
    /// Source-generated reading of the texts: every process that audits loads them first, and the reflection-based
    /// reader spent about 30 ms compiling itself before the first report.
    /// </summary>
    [JsonSerializable(typeof(Dictionary<string, Dictionary<string, string>>))]
    private sealed partial class TextsJson : JsonSerializerContext;
}
