using System.Text.RegularExpressions;

namespace Jixiao.Audit.Engine;

/// <summary>Fills named placeholders ({Name}) of a message template.</summary>
public static partial class MessageTemplates
{
    public static string Render(string template, IReadOnlyDictionary<string, string> arguments) =>
        Placeholder().Replace(template, m => arguments.TryGetValue(m.Groups[1].Value, out var value) ? value : m.Value);

    /// <summary>The placeholder names a template uses.</summary>
    public static IReadOnlyList<string> Names(string template) =>
        Placeholder().Matches(template).Select(m => m.Groups[1].Value).Distinct().ToArray();

    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9]*)\}")]
    private static partial Regex Placeholder();
}
