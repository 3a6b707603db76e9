using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Jixiao.Documents.Docx;

/// <summary>
/// What a paragraph style means to the reader, following w:basedOn: its heading level (Heading 1–9 / 标题 1–9 by id
/// or name, or the outline level the style sets; 0 for the Title style), its list numbering, whether it starts a
/// new page, and whether it is a table-of-contents entry (目录), which is skipped.
/// </summary>
internal sealed partial class StyleMap
{
    private const int MaxChain = 16;

    private readonly Dictionary<string, Entry> _styles;
    private readonly string? _defaultParagraphStyle;

    private StyleMap(Dictionary<string, Entry> styles, string? defaultParagraphStyle)
    {
        _styles = styles;
        _defaultParagraphStyle = defaultParagraphStyle;
    }

    public static StyleMap Empty { get; } = new([], null);

    public static StyleMap From(Styles? styles)
    {
        if (styles is null)
        {
            return Empty;
        }

        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        string? defaultStyle = null;
        foreach (var style in styles.Elements<Style>())
        {
            if (style.StyleId?.Value is not { } id || (style.Type is { } type && type.Value != StyleValues.Paragraph))
            {
                continue;
            }

            var properties = style.StyleParagraphProperties;
            var numbering = properties?.NumberingProperties;
            entries.TryAdd(id, new Entry(
                style.StyleName?.Val?.Value,
                style.BasedOn?.Val?.Value,
                properties?.OutlineLevel?.Val?.Value,
                numbering?.NumberingId?.Val?.Value,
                numbering?.NumberingLevelReference?.Val?.Value,
                properties?.PageBreakBefore is { } pageBreak ? pageBreak.Val?.Value ?? true : null));
            if (style.Default?.Value == true)
            {
                defaultStyle ??= id;
            }
        }

        return new StyleMap(entries, defaultStyle);
    }

    /// <summary>0 for a title, 1–9 for a heading, null for body text.</summary>
    public int? HeadingLevel(string? styleId)
    {
        foreach (var (id, entry) in Chain(styleId))
        {
            if (entry?.OutlineLevel is { } outline)
            {
                return outline is >= 0 and < 9 ? outline + 1 : null;
            }

            if ((LevelFromName(id) ?? LevelFromName(entry?.Name)) is { } level)
            {
                return level;
            }
        }

        return null;
    }

    /// <summary>The numbering the style applies (w:numPr in the style), the level left null when the style names none.</summary>
    public (int NumId, int? Level)? Numbering(string? styleId)
    {
        foreach (var (_, entry) in Chain(styleId))
        {
            if (entry?.NumId is { } numId)
            {
                return (numId, entry.Level);
            }
        }

        return null;
    }

    public bool PageBreakBefore(string? styleId)
    {
        foreach (var (_, entry) in Chain(styleId))
        {
            if (entry?.PageBreakBefore is { } value)
            {
                return value;
            }
        }

        return false;
    }

    public bool IsTableOfContents(string? styleId)
    {
        var id = styleId ?? _defaultParagraphStyle;
        return id is not null && (TocPattern().IsMatch(id) || (_styles.TryGetValue(id, out var entry) && entry.Name is { } name && TocPattern().IsMatch(name)));
    }

    /// <summary>The style and the styles it is based on; an unknown id is still returned once, so that its name can be read.</summary>
    private IEnumerable<(string Id, Entry? Entry)> Chain(string? styleId)
    {
        var id = styleId ?? _defaultParagraphStyle;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < MaxChain && id is not null && seen.Add(id); i++)
        {
            _styles.TryGetValue(id, out var entry);
            yield return (id, entry);
            id = entry?.BasedOn;
        }
    }

    private static int? LevelFromName(string? name)
    {
        if (name is null)
        {
            return null;
        }

        var match = HeadingPattern().Match(name);
        if (match.Success)
        {
            return match.Groups[1].Value[0] - '0';
        }

        return TitlePattern().IsMatch(name) ? 0 : null;
    }

    private sealed record Entry(string? Name, string? BasedOn, int? OutlineLevel, int? NumId, int? Level, bool? PageBreakBefore);

    [GeneratedRegex(@"^\s*(?:heading|标题)\s*([1-9])\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex HeadingPattern();

    [GeneratedRegex(@"^\s*(?:title|标题)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TitlePattern();

    [GeneratedRegex(@"^\s*(?:toc|目录)\s*(?:[1-9]|heading|标题)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TocPattern();
}
