namespace Jixiao.Documents.Workbook;

/// <summary>
/// The values a cell may take (数据验证序列): a fixed list written into the validation, or a named range of the workbook
/// (the units listed on 基本情况), so that units typed once are offered everywhere.
/// </summary>
/// <param name="Items">The fixed values, in order; empty for a named range.</param>
/// <param name="RangeName">The defined name of the range holding the values, or null for a fixed list.</param>
public sealed record Choices(IReadOnlyList<string> Items, string? RangeName = null)
{
    /// <summary>A fixed list of values.</summary>
    public static Choices Of(params string[] items) => new(items);

    /// <summary>The values held in the range of a defined name.</summary>
    public static Choices InRange(string rangeName) => new([], rangeName);

    /// <summary>True when <paramref name="value"/> is one of the fixed values (always true for a named range).</summary>
    public bool Allows(string value) => RangeName is not null || Items.Contains(value, StringComparer.Ordinal);
}
