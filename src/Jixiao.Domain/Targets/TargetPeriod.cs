using System.Globalization;

namespace Jixiao.Domain.Targets;

/// <summary>The unit of a <see cref="TargetPeriod"/> (时段单位).</summary>
public enum PeriodUnit
{
    /// <summary>日.</summary>
    Day,
    /// <summary>周.</summary>
    Week,
    /// <summary>月.</summary>
    Month,
    /// <summary>季度.</summary>
    Quarter,
    /// <summary>半年.</summary>
    HalfYear,
    /// <summary>年.</summary>
    Year,
}

/// <summary>
/// A period or frequency target (时段/频次): "2020年全年" (the whole year, continuously), "按月安排"/"每季度" (recurring).
/// </summary>
/// <param name="Year">The year of a whole-year period, when written.</param>
/// <param name="Unit">The period unit.</param>
/// <param name="Recurring">True for "每…"/"按…" (频次), false for a whole period ("全年").</param>
public sealed record TargetPeriod(int? Year, PeriodUnit Unit, bool Recurring)
{
    /// <summary>Canonical form: "每月", "每季度", "2020年全年", "全年".</summary>
    public string Format() => Recurring
        ? "每" + UnitText(Unit)
        : (Year is { } year ? year.ToString(CultureInfo.InvariantCulture) + "年" : string.Empty) + "全年";

    public override string ToString() => Format();

    internal static string UnitText(PeriodUnit unit) => unit switch
    {
        PeriodUnit.Day => "日",
        PeriodUnit.Week => "周",
        PeriodUnit.Month => "月",
        PeriodUnit.Quarter => "季度",
        PeriodUnit.HalfYear => "半年",
        _ => "年",
    };

    internal static PeriodUnit? UnitOf(string text) => text switch
    {
        "日" or "天" => PeriodUnit.Day,
        "周" or "星期" => PeriodUnit.Week,
        "月" => PeriodUnit.Month,
        "季" or "季度" => PeriodUnit.Quarter,
        "半年" => PeriodUnit.HalfYear,
        "年" or "年度" => PeriodUnit.Year,
        _ => null,
    };
}
