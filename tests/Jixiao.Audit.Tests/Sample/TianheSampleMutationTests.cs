using System.Text;
using System.Text.RegularExpressions;
using Jixiao.Audit.Engine;
using Jixiao.Documents.Loading;
using Jixiao.Testing;

namespace Jixiao.Audit.Tests.Sample;

/// <summary>
/// Mutation test on the reference report: changing any single figure of 表2, 表3, the budget overview of the
/// target table or the 收支 sentences in a middle digit must give a warning or error that names the changed
/// figure (its new text at its line). Figures no relation in the report constrains are listed with reasons.
/// </summary>
public sealed partial class TianheSampleMutationTests
{
    /// <summary>Figures that no other figure of the report constrains, so a change to them cannot be detected.</summary>
    private static readonly Dictionary<string, string> Exceptions = new()
    {
        ["财政专项资金"] = "事业发展性支出（财政专项资金、其他事业发展性支出）在报告中没有合计，也不与项目支出或表3对应，无从核对",
        ["其他事业发展性支出"] = "同上：事业发展性支出一栏没有任何可比的数字",
    };

    /// <summary>Single figures whose change stays within the rounding of the figures they are computed from.</summary>
    private static readonly Dictionary<(int Line, string Text), string> WithinRounding = new()
    {
        [(150, "74.00%")] = "公务接待费支出率 = 0.37 ÷ 0.5（万元，印刷到 0.01）：两数的舍入区间允许 72.28%–75.76%，改为 74.10% 仍在其中",
        [(156, "74.00%")] = "局本级公务接待费，同上",
    };

    private static readonly Lazy<HashSet<(string, Jixiao.Domain.Reports.SourceLocation, string?)>> Baseline = new(() =>
        new AuditEngine().Audit(TianheSample.Report).Findings.Select(f => (f.RuleId, f.Location, f.Expected)).ToHashSet());

    public static TheoryData<int, int, string, string> Mutations()
    {
        var data = new TheoryData<int, int, string, string>();
        var lines = File.ReadAllLines(SharedFiles.SamplePath);
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (var (start, text, label) in Figures(lines, i))
            {
                if (!Exceptions.ContainsKey(label) && !WithinRounding.ContainsKey((i + 1, text)))
                {
                    data.Add(i + 1, start, text, Mutate(text));
                }
            }
        }

        return data;
    }

    [Fact]
    public void The_mutations_cover_the_tables_the_overview_and_the_sentences() =>
        Assert.InRange(Mutations().Count, 360, 400);

    [Theory]
    [MemberData(nameof(Mutations))]
    public void Changing_a_figure_is_reported_naming_it(int line, int start, string original, string mutated)
    {
        var lines = File.ReadAllLines(SharedFiles.SamplePath);
        var text = lines[line - 1];
        Assert.Equal(original, text.Substring(start, original.Length));
        lines[line - 1] = string.Concat(text.AsSpan(0, start), mutated, text.AsSpan(start + original.Length));

        var (report, failure) = new ReportLoader().Load("mutated.txt", Encoding.UTF8.GetBytes(string.Join('\n', lines)));
        Assert.Null(failure);
        var findings = new AuditEngine().Audit(report!).Findings;

        // A finding that names the changed figure and is new: not the unmutated report's finding of the same rule,
        // at the same place, expecting the same value (which would only re-print the new text).
        Assert.Contains(findings, f => f.Severity is Severity.Error or Severity.Warning
            && f.Values.Any(v => v.Number.Location.Line == line && v.Number.Text.TrimEnd('%') == mutated.TrimEnd('%'))
            && !Baseline.Value.Contains((f.RuleId, f.Location, f.Expected)));
    }

    /// <summary>The figures of a line in scope: figure cells of 表2/表3 rows and overview rows, and numbers of the 收支 sentences.</summary>
    private static IEnumerable<(int Start, string Text, string Label)> Figures(string[] lines, int index)
    {
        var line = lines[index];
        if (line.Contains('\t', StringComparison.Ordinal))
        {
            var section = SectionOf(lines, index);
            var overview = IsOverviewRow(lines, index);
            if (section != "（四）" && !overview)
            {
                yield break;
            }

            var cells = line.Split('\t');
            var offset = 0;
            var figureFrom = overview ? 0 : FigureStart(cells);
            for (var c = 0; c < cells.Length; offset += cells[c].Length + 1, c++)
            {
                var cell = cells[c].Trim();
                if (c >= figureFrom && FigureCell().IsMatch(cell))
                {
                    yield return (offset + cells[c].IndexOf(cell, StringComparison.Ordinal), cell, overview && c > 0 ? cells[c - 1].Trim() : string.Empty);
                }
            }

            yield break;
        }

        if (SectionOf(lines, index) == "（四）" && (line.Contains("万元", StringComparison.Ordinal) || line.Contains('%', StringComparison.Ordinal)))
        {
            foreach (Match match in SentenceFigure().Matches(line))
            {
                yield return (match.Index, match.Value, string.Empty);
            }
        }
    }

    /// <summary>A row's figures start after its labels: the last six cells of 表3 rows, the last two of 表2 rows.</summary>
    private static int FigureStart(string[] cells)
    {
        var last = Array.FindLastIndex(cells, c => c.Trim().Length > 0);
        var count = cells.Take(last + 1).Reverse().TakeWhile(c => FigureCell().IsMatch(c.Trim())).Count();
        return last + 1 - Math.Min(count, 6);
    }

    private static bool IsOverviewRow(string[] lines, int index)
    {
        for (var i = index; i >= 0 && i > index - 8; i--)
        {
            if (lines[i].StartsWith("预算整体情况", StringComparison.Ordinal))
            {
                return lines[index].Split('\t').Any(c => FigureCell().IsMatch(c.Trim()));
            }

            if (i < index && lines[i].Length > 0 && !lines[i].StartsWith('\t'))
            {
                return false;
            }
        }

        return false;
    }

    private static string SectionOf(string[] lines, int index)
    {
        for (var i = index; i >= 0; i--)
        {
            var match = SectionHeading().Match(lines[i]);
            if (match.Success)
            {
                return match.Groups[1].Value;
            }
        }

        return string.Empty;
    }

    /// <summary>Changes the middle digit by one (down for 9), so the figure keeps its length and format.</summary>
    private static string Mutate(string text)
    {
        var digits = text.Select((c, i) => (c, i)).Where(x => char.IsAsciiDigit(x.c)).Select(x => x.i).ToArray();
        var position = digits[digits.Length / 2];
        var digit = text[position];
        var replacement = digit == '9' ? '8' : (char)(digit + 1);
        return string.Concat(text.AsSpan(0, position), replacement.ToString(), text.AsSpan(position + 1));
    }

    [GeneratedRegex(@"^-?\d[\d,]*(\.\d+)?%?$")]
    private static partial Regex FigureCell();

    /// <summary>Amounts and rates in sentences — not years (2023年) nor table numbers (表 2).</summary>
    [GeneratedRegex(@"(?<![\d.,]|表\s?)\d[\d,]*(?:\.\d+)?(?=\s*(?:万元|%))")]
    private static partial Regex SentenceFigure();

    [GeneratedRegex(@"^#+\s*(（[一二三四五六七八九十]）|\([一二三四五六七八九十]\))")]
    private static partial Regex SectionHeading();
}
