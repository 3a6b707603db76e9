using DocumentFormat.OpenXml.Wordprocessing;

namespace Jixiao.Documents.Docx;

/// <summary>
/// Word's automatic list numbering (numbering.xml): counts the numbered paragraphs of each list in reading order
/// and writes the label Word prints before a paragraph, e.g. level text "%1、" in chineseCounting → "二、",
/// "（%2）" → "（一）", "%3." in decimal → "1.". Returns null when the label cannot be reproduced (bullets, unknown
/// lists or formats), so that the paragraph keeps its text as it is.
/// </summary>
internal sealed class NumberingMap
{
    private const int Levels = 9;

    private readonly Dictionary<int, LevelDefinition?[]> _abstracts;
    private readonly Dictionary<int, Instance> _instances;
    private readonly Dictionary<int, int?[]> _counters = [];
    private readonly HashSet<(int NumId, int Level)> _started = [];

    private NumberingMap(Dictionary<int, LevelDefinition?[]> abstracts, Dictionary<int, Instance> instances)
    {
        _abstracts = abstracts;
        _instances = instances;
    }

    public static NumberingMap Empty => new([], []);

    public static NumberingMap From(Numbering? numbering)
    {
        if (numbering is null)
        {
            return Empty;
        }

        var abstracts = new Dictionary<int, LevelDefinition?[]>();
        foreach (var definition in numbering.Elements<AbstractNum>())
        {
            if (definition.AbstractNumberId?.Value is { } id)
            {
                abstracts.TryAdd(id, ReadLevels(definition.Elements<Level>()));
            }
        }

        var instances = new Dictionary<int, Instance>();
        foreach (var instance in numbering.Elements<NumberingInstance>())
        {
            if (instance.NumberID?.Value is not { } numId || instance.AbstractNumId?.Val?.Value is not { } abstractId)
            {
                continue;
            }

            var starts = new Dictionary<int, int>();
            var overrides = new LevelDefinition?[Levels];
            foreach (var levelOverride in instance.Elements<LevelOverride>())
            {
                if (levelOverride.LevelIndex?.Value is not { } index || index is < 0 or >= Levels)
                {
                    continue;
                }

                if (levelOverride.StartOverrideNumberingValue?.Val?.Value is { } start)
                {
                    starts[index] = start;
                }

                if (levelOverride.Level is { } level)
                {
                    overrides[index] = Read(level);
                }
            }

            instances.TryAdd(numId, new Instance(abstractId, starts, overrides));
        }

        return new NumberingMap(abstracts, instances);
    }

    /// <summary>The level of list <paramref name="numId"/> whose w:pStyle is <paramref name="styleId"/> (a heading style linked to a list).</summary>
    public int? LevelOfStyle(int numId, string? styleId)
    {
        if (styleId is null || !_instances.TryGetValue(numId, out var instance) || !_abstracts.TryGetValue(instance.AbstractId, out var levels))
        {
            return null;
        }

        var index = Array.FindIndex(levels, l => l?.StyleId == styleId);
        return index >= 0 ? index : null;
    }

    /// <summary>Counts one numbered paragraph and returns the label Word prints before it, or null.</summary>
    public string? Next(int numId, int level)
    {
        if (numId <= 0 || level is < 0 or >= Levels || !_instances.TryGetValue(numId, out var instance)
            || !_abstracts.TryGetValue(instance.AbstractId, out var abstractLevels))
        {
            return null;
        }

        var levels = new LevelDefinition?[Levels];
        for (var i = 0; i < Levels; i++)
        {
            levels[i] = instance.Overrides[i] ?? abstractLevels[i];
        }

        if (levels[level] is not { } definition)
        {
            return null;
        }

        if (!_counters.TryGetValue(instance.AbstractId, out var counters))
        {
            counters = new int?[Levels];
            _counters[instance.AbstractId] = counters;
        }

        counters[level] = _started.Add((numId, level)) && instance.Starts.TryGetValue(level, out var start)
            ? start
            : (counters[level] ?? (definition.Start - 1)) + 1;
        for (var deeper = level + 1; deeper < Levels; deeper++)
        {
            counters[deeper] = null;
        }

        return Label(definition, levels, counters);
    }

    private static string? Label(LevelDefinition definition, LevelDefinition?[] levels, int?[] counters)
    {
        if (definition.Format is "bullet" or "none" || definition.Text is not { } text)
        {
            return null;
        }

        var label = new System.Text.StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 1 < text.Length && text[i + 1] is >= '1' and <= '9')
            {
                var referenced = text[i + 1] - '1';
                var format = definition.IsLegal ? "decimal" : levels[referenced]?.Format;
                var value = counters[referenced] ?? levels[referenced]?.Start ?? 1;
                if (NumberFormats.Format(value, format) is not { } number)
                {
                    return null;
                }

                label.Append(number);
                i++;
            }
            else
            {
                label.Append(text[i]);
            }
        }

        if (label.Length == 0)
        {
            return null;
        }

        // "%1" followed by a tab or space prints as "1 …"; "%1、" needs no separator.
        return definition.Suffix != "nothing" && char.IsLetterOrDigit(label[^1]) ? label.Append(' ').ToString() : label.ToString();
    }

    private static LevelDefinition?[] ReadLevels(IEnumerable<Level> levels)
    {
        var result = new LevelDefinition?[Levels];
        foreach (var level in levels)
        {
            if (level.LevelIndex?.Value is { } index && index is >= 0 and < Levels)
            {
                result[index] = Read(level);
            }
        }

        return result;
    }

    private static LevelDefinition Read(Level level) => new(
        level.StartNumberingValue?.Val?.Value ?? 0,
        level.NumberingFormat?.Val?.InnerText ?? "decimal",
        level.LevelText?.Val?.Value,
        level.IsLegalNumberingStyle is { } legal && (legal.Val?.Value ?? true),
        level.LevelSuffix?.Val?.InnerText ?? "tab",
        level.ParagraphStyleIdInLevel?.Val?.Value);

    private sealed record LevelDefinition(int Start, string Format, string? Text, bool IsLegal, string Suffix, string? StyleId);

    private sealed record Instance(int AbstractId, Dictionary<int, int> Starts, LevelDefinition?[] Overrides);
}
