using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Domain.Reports;

namespace Jixiao.Documents.Neutral;

/// <summary>What makes a figure look misread.</summary>
public enum SuspicionKind
{
    /// <summary>Letters that OCR confuses with digits inside a figure: "1O", "IO" for 10, "M.8" for 14.8.</summary>
    LettersInNumber,

    /// <summary>Several figures run together without separators: "64.864.864.8100%".</summary>
    RunTogether,

    /// <summary>A percentage over 100 that reads as a target with its "≥" taken for a "2": "292%" (≥92%).</summary>
    OperatorReadAsDigit,

    /// <summary>A figure starting with its decimal point: a leading digit was dropped (".32").</summary>
    LeadingDigitDropped,
}

/// <summary>A figure in a cell that looks misread: the text as printed, where it stands in the cell, and why.</summary>
public sealed record SuspiciousNumber(string Token, int Index, SuspicionKind Kind, string Reason);

/// <summary>
/// Finds figures in a table cell that OCR or web conversion probably garbled (DOMAIN.md §5.2, §6.2: "292%" in a scanned
/// target table is almost certainly "≥92%"). The figures are reported as they stand (JX8007), never corrected: the reader
/// cannot know what was printed. Any reader can call <see cref="Check"/> on the cells it produces.
/// </summary>
public static partial class SuspiciousNumbers
{
    /// <summary>Every pattern below needs a digit or one of the letters OCR takes for a digit: cells without them (most text) skip the patterns.</summary>
    private static readonly System.Buffers.SearchValues<char> Candidates = System.Buffers.SearchValues.Create("0123456789IlO");

    /// <summary>
    /// The letters <see cref="MixedPattern"/> takes for digits. Each pattern also runs only on cells holding the characters
    /// it cannot match without ('.', '%', 'O'; a whole cell of digit-like letters is at most five characters): most cells skip most patterns.
    /// </summary>
    private static readonly System.Buffers.SearchValues<char> DigitLikeLetters = System.Buffers.SearchValues.Create("IlOo");

    private static readonly System.Buffers.SearchValues<char> AsciiLetters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <summary>The suspicious figures in one cell, each reported once, in order.</summary>
    public static IReadOnlyList<SuspiciousNumber> Find(string cell) =>
        string.IsNullOrEmpty(cell) || cell.Length > 2000 || !cell.AsSpan().ContainsAny(Candidates) || IsPlainFigure(cell)
            ? []
            : FindCandidates(cell);

    /// <summary>
    /// An ordinary figure ("-3,027.78": a sign, digits and commas, at most one point after a digit) — most cells of a
    /// table. None of the patterns can match it: they need letters, '%', two points or a point that follows no digit.
    /// </summary>
    private static bool IsPlainFigure(string cell)
    {
        var i = cell.StartsWith('-') ? 1 : 0;
        if (i >= cell.Length || !char.IsAsciiDigit(cell[i]))
        {
            return false;
        }

        var points = 0;
        for (; i < cell.Length; i++)
        {
            var c = cell[i];
            if (char.IsAsciiDigit(c) || c == ',' || (c == '.' && points++ == 0 && char.IsAsciiDigit(cell[i - 1])))
            {
                continue;
            }

            return false;
        }

        return true;
    }

    /// <summary>
    /// What <see cref="RunTogetherPattern"/> needs before it can match: two dots ("1.2.3"), or a digit right after a
    /// per-cent sign ("5%6%"); an ordinary figure such as "3,027.78" or "96.98%" has neither, so the pattern is not run.
    /// </summary>
    private static bool MayRunTogether(string cell)
    {
        var text = cell.AsSpan();
        if (text.Count('.') >= 2)
        {
            return true;
        }

        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (text[i] == '%' && char.IsDigit(text[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What <see cref="LeadingDotPattern"/> needs: a dot at the start or after a character that is not a digit, a letter or a dot.</summary>
    private static bool HasLoneDot(string cell)
    {
        for (var i = cell.IndexOf('.', StringComparison.Ordinal); i >= 0; i = cell.IndexOf('.', i + 1))
        {
            if (i == 0 || !(char.IsDigit(cell[i - 1]) || char.IsAsciiLetter(cell[i - 1]) || cell[i - 1] == '.'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <see cref="Find"/> for a cell that holds a digit or a digit-like letter. Matches are enumerated without allocating
    /// (<see cref="Regex.EnumerateMatches(ReadOnlySpan{char})"/>): most cells hold ordinary figures and nothing is found.
    /// </summary>
    private static SuspiciousNumber[] FindCandidates(string cell)
    {
        List<SuspiciousNumber>? found = null;
        bool[]? taken = null;
        void Add(int index, int length, SuspicionKind kind, string reason)
        {
            taken ??= new bool[cell.Length];
            for (var i = index; i < index + length; i++)
            {
                if (taken[i])
                {
                    return;
                }
            }

            for (var i = index; i < index + length; i++)
            {
                taken[i] = true;
            }

            (found ??= []).Add(new SuspiciousNumber(cell.Substring(index, length), index, kind, reason));
        }

        if (MayRunTogether(cell))
        {
            foreach (var m in RunTogetherPattern().EnumerateMatches(cell))
            {
                var token = cell.AsSpan(m.Index, m.Length);
                if (!DatePattern().IsMatch(token) && !OutlinePattern().IsMatch(token))
                {
                    Add(m.Index, m.Length, SuspicionKind.RunTogether, "几个数字连写在一起，没有分隔");
                }
            }
        }

        if (cell.AsSpan().ContainsAny(DigitLikeLetters))
        {
            foreach (var m in MixedPattern().EnumerateMatches(cell))
            {
                Add(m.Index, m.Length, SuspicionKind.LettersInNumber, "数字中夹有字母（“I”“l”“O”常是 1、0 的误识）");
            }
        }

        if (cell.Contains('.', StringComparison.Ordinal) && cell.AsSpan().ContainsAny(AsciiLetters))
        {
            foreach (var m in LetterDotPattern().EnumerateMatches(cell))
            {
                Add(m.Index, m.Length, SuspicionKind.LettersInNumber, "数字以字母开头（如“M.8”可能是“14.8”）");
            }
        }

        if (cell.Contains('O', StringComparison.Ordinal))
        {
            foreach (var m in LetterZeroPattern().EnumerateMatches(cell))
            {
                Add(m.Index, m.Length, SuspicionKind.LettersInNumber, "数字位置上是字母“O”（可能是 0）");
            }
        }

        if (cell.Length <= 5 && cell.AsSpan().ContainsAny(DigitLikeLetters))
        {
            foreach (var m in LettersOnlyPattern().EnumerateMatches(cell))
            {
                Add(m.Index, m.Length, SuspicionKind.LettersInNumber, "单元格只有形似数字的字母（如“IO”可能是 10）");
            }
        }

        if (cell.Contains('%', StringComparison.Ordinal))
        {
            foreach (var m in OperatorAsDigitPattern().EnumerateMatches(cell))
            {
                // The match is "2" + rest + "%": the figure as printed, then the figure without its leading "2".
                var all = cell.AsSpan(m.Index, m.Length - 1);
                var rest = all[1..];
                if (decimal.TryParse(all, NumberStyles.Number, CultureInfo.InvariantCulture, out var printed) && printed > 100
                    && decimal.TryParse(rest, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) && value is > 0 and <= 100
                    && rest[0] != '0')
                {
                    Add(m.Index, m.Length, SuspicionKind.OperatorReadAsDigit, $"百分比超过 100%，可能是“≥{rest}%”中的“≥”被识别成了“2”");
                }
            }
        }

        if (HasLoneDot(cell))
        {
            foreach (var m in LeadingDotPattern().EnumerateMatches(cell))
            {
                Add(m.Index, m.Length, SuspicionKind.LeadingDigitDropped, "数字以小数点开头，前面的数字可能漏识");
            }
        }

        return found is null ? [] : [.. found.OrderBy(f => f.Index)];
    }

    /// <summary>Checks every cell of a table's rows, each located at its row's line and page.</summary>
    public static IEnumerable<ReadingProblem> Check(IEnumerable<TableRow> rows) =>
        rows.SelectMany(row => row.Cells.SelectMany(cell => Check(cell, row.Line, row.Page)));

    /// <summary>
    /// One JX8007 reading problem per suspicious figure in <paramref name="cell"/>, naming the raw text and the line
    /// (the location is made only for a cell that has one: nearly every cell has none).
    /// </summary>
    public static IEnumerable<ReadingProblem> Check(string cell, int? line, int? page = null)
    {
        var found = Find(cell);
        return found.Count == 0 ? [] : Describe(cell, found, new SourceLocation(Line: line, Page: page));
    }

    private static IEnumerable<ReadingProblem> Describe(string cell, IReadOnlyList<SuspiciousNumber> found, SourceLocation location)
    {
        foreach (var suspect in found)
        {
            var where = location.Line is { } line ? $"第 {line} 行" : "表格中";
            var shown = cell.Length > 40 ? cell[..40] + "…" : cell;
            var text = suspect.Token == cell ? $"“{cell}”" : $"“{shown}”中的“{suspect.Token}”";
            yield return new ReadingProblem(ReadingCodes.SuspiciousNumber, $"{where}{text}疑似识别错误：{suspect.Reason}；未作更正，请核对原件", location);
        }
    }

    /// <summary>Two or more decimal points in one figure, or a "%" directly followed by a digit.</summary>
    [GeneratedRegex(@"(?<![\d.])\.?\d+(?:\.\d+){2,}%?|(?<![\d.])\d+(?:\.\d+)?%(?:\d+(?:\.\d+)?%?)+")]
    private static partial Regex RunTogetherPattern();

    [GeneratedRegex(@"^(?:19|20)\d{2}\.\d{1,2}\.\d{1,2}$")]
    private static partial Regex DatePattern();

    /// <summary>Outline numbering ("1.2.3"): short groups only.</summary>
    [GeneratedRegex(@"^\d{1,2}(?:\.\d{1,2}){2,3}$")]
    private static partial Regex OutlinePattern();

    /// <summary>Digits mixed with I, l, O or o, with no other Latin letter next to them ("1O", "O76%", "l0").</summary>
    [GeneratedRegex(@"(?<![A-Za-z0-9.])(?=[0-9IlOo.]*\d)(?=[0-9IlOo.]*[IlOo])[0-9IlOo][0-9IlOo.]*%?(?![A-Za-z0-9])")]
    private static partial Regex MixedPattern();

    /// <summary>One letter, a decimal point and digits ("M.8").</summary>
    [GeneratedRegex(@"(?<![A-Za-z0-9.])[A-Za-z]\.\d+%?(?![A-Za-z0-9])")]
    private static partial Regex LetterDotPattern();

    /// <summary>A lone "O" where a figure stands before a unit ("第O份").</summary>
    [GeneratedRegex(@"(?<![A-Za-z0-9])O(?=%|[个次份篇人家场台套天项件万元分])")]
    private static partial Regex LetterZeroPattern();

    /// <summary>A whole cell of two or three digit-like letters ("IO", "lO").</summary>
    [GeneratedRegex(@"^(?=.*[IlO])[IlO]{2,3}(?:%|分)?$")]
    private static partial Regex LettersOnlyPattern();

    [GeneratedRegex(@"(?<![\d.,])2\d{1,3}(?:\.\d+)?%")]
    private static partial Regex OperatorAsDigitPattern();

    [GeneratedRegex(@"(?<![\d.A-Za-z])\.\d+%?(?![.\d])")]
    private static partial Regex LeadingDotPattern();
}
