using Jixiao.Documents.Extraction;
using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;

namespace Jixiao.Testing.Builders;

/// <summary>Stated numbers for fixtures, read from their printed text exactly as a reader would.</summary>
public static class Num
{
    public static Stated Wan(string text, string? row = null, int line = 1) => Money(text, MoneyUnits.TenThousandYuan, row, line);

    public static Stated Yuan(string text, string? row = null, int line = 1) => Money(text, MoneyUnits.Yuan, row, line);

    public static Stated Money(string text, string unit, string? row = null, int line = 1) =>
        NumberReader.Money(text, unit, At(row, line)) ?? throw new ArgumentException($"Not a number: {text}", nameof(text));

    public static Stated Pct(string text, string? row = null, int line = 1) =>
        NumberReader.Percent(text.EndsWith('%') ? text : text + "%", At(row, line)) ?? throw new ArgumentException($"Not a percentage: {text}", nameof(text));

    public static Stated Count(string text, string unit = "个", string? row = null, int line = 1) =>
        NumberReader.Count(text, unit, At(row, line)) ?? throw new ArgumentException($"Not a count: {text}", nameof(text));

    public static Stated Score(string text, string? row = null, int line = 1) =>
        NumberReader.Score(text, At(row, line)) ?? throw new ArgumentException($"Not a score: {text}", nameof(text));

    public static SourceLocation At(string? row, int line = 1) => new(Section: "一、（四）", Row: row ?? "测试", Line: line);
}
