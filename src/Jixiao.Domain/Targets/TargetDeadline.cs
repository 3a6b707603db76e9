using System.Globalization;
using System.Text;

namespace Jixiao.Domain.Targets;

/// <summary>
/// An absolute deadline (完成时限) as written: "2023年12月31日前" (year, month, day), "6月底前" (month, end of it),
/// "年底前" (end of the year, the year left to the report). Missing parts are null.
/// </summary>
/// <param name="Year">年, when written.</param>
/// <param name="Month">月 (1–12), when written.</param>
/// <param name="Day">日 (1–31), when written.</param>
/// <param name="EndOfPeriod">"底"/"末": the end of the month (with <paramref name="Month"/>) or of the year (without).</param>
public sealed record TargetDeadline(int? Year, int? Month, int? Day, bool EndOfPeriod)
{
    /// <summary>The last day that still meets the deadline, the year taken from <paramref name="reportYear"/> when not written (截止日期).</summary>
    public DateOnly LastDay(int reportYear)
    {
        var year = Year ?? reportYear;
        var month = Month ?? 12;
        return new DateOnly(year, month, Day ?? DateTime.DaysInMonth(year, month));
    }

    /// <summary>Canonical form: "2023年12月31日前", "6月底前", "年底前", "2023年底前".</summary>
    public string Format()
    {
        var text = new StringBuilder();
        if (Year is { } year)
        {
            text.Append(year.ToString(CultureInfo.InvariantCulture)).Append('年');
        }

        if (Month is { } month)
        {
            text.Append(month.ToString(CultureInfo.InvariantCulture)).Append('月');
        }

        if (Day is { } day)
        {
            text.Append(day.ToString(CultureInfo.InvariantCulture)).Append('日');
        }

        if (EndOfPeriod)
        {
            text.Append(Month is null && Year is null ? "年底" : "底");
        }

        return text.Append('前').ToString();
    }

    public override string ToString() => Format();
}
