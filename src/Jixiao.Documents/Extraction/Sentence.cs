using System.Text.RegularExpressions;
using Jixiao.Documents.Neutral;
using Jixiao.Documents.Text;
using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;

namespace Jixiao.Documents.Extraction;

/// <summary>
/// A piece of a paragraph (a sentence or clause) that knows its offset in the paragraph, so that every
/// figure read from it keeps its source line and section.
/// </summary>
public sealed class Sentence(ParagraphBlock paragraph, string section, string text, int offset, List<ReadingProblem>? problems = null)
{
    public const string Money = @"(?<unit>亿元|万元|元)";

    public string Text { get; } = text;

    public string Section { get; } = section;

    /// <param name="problems">Where figures that match a pattern but cannot be read as numbers are reported (JX8005).</param>
    public static Sentence Whole(ParagraphBlock paragraph, string section, List<ReadingProblem>? problems = null) =>
        new(paragraph, section, paragraph.Text, 0, problems);

    /// <summary>Splits into pieces at any of the separators, keeping offsets.</summary>
    public IEnumerable<Sentence> Split(params char[] separators)
    {
        var start = 0;
        for (var i = 0; i <= Text.Length; i++)
        {
            if (i == Text.Length || separators.Contains(Text[i]))
            {
                if (i > start)
                {
                    yield return new Sentence(paragraph, Section, Text[start..i], offset + start, problems);
                }

                start = i + 1;
            }
        }
    }

    /// <summary>The part after the first occurrence of <paramref name="marker"/>, or null.</summary>
    public Sentence? After(string marker)
    {
        var index = Text.IndexOf(marker, StringComparison.Ordinal);
        return index < 0 ? null : new Sentence(paragraph, Section, Text[(index + marker.Length)..], offset + index + marker.Length, problems);
    }

    /// <summary>The part before the first occurrence of <paramref name="marker"/> (all of it when absent).</summary>
    public Sentence Before(string marker)
    {
        var index = Text.IndexOf(marker, StringComparison.Ordinal);
        return index < 0 ? this : new Sentence(paragraph, Section, Text[..index], offset, problems);
    }

    public bool Contains(string word) => Text.Contains(word, StringComparison.Ordinal);

    public SourceLocation LocationOf(int index, string label) => new(Section, null, label, null, null, paragraph.LineAt(offset + index), paragraph.Page);

    public Stated? MoneyOf(Match match, string label, string group = "v")
    {
        // Each group is looked up by name once: a lookup by name hashes the name.
        if (!match.Success || match.Groups[group] is not { Success: true } figure)
        {
            return null;
        }

        var unit = match.Groups["unit"];
        return Reported(NumberReader.Money(figure.Value, unit.Success ? unit.Value : MoneyUnits.TenThousandYuan, LocationOf(figure.Index, label)), figure, label);
    }

    /// <summary>A figure the pattern found but that is no readable number (e.g. too many digits) is reported, not dropped.</summary>
    private Stated? Reported(Stated? read, Group figure, string label)
    {
        if (read is null)
        {
            problems?.Add(new ReadingProblem(ReadingCodes.NotANumber, $"“{label}”的数字“{figure.Value}”无法读取（位数过多或格式错误）", LocationOf(figure.Index, label)));
        }

        return read;
    }

    public Stated? PercentOf(Match match, string label, string group = "v")
    {
        if (!match.Success || match.Groups[group] is not { Success: true } figure)
        {
            return null;
        }

        var text = figure.Value + "%";
        return NumberReader.Percent(text, LocationOf(figure.Index, label)) is { } p ? p with { Text = text } : null;
    }

    public Stated? CountOf(Match match, string unit, string label, string group = "n") =>
        match.Success && match.Groups[group] is { Success: true } figure
            ? NumberReader.Count(figure.Value, unit, LocationOf(figure.Index, label))
            : null;

    public Match Find(Regex pattern) => pattern.Match(Text);

    public MatchCollection FindAll(Regex pattern) => pattern.Matches(Text);

    public override string ToString() => Text;
}
