using Jixiao.Audit.Engine;
using Jixiao.Domain.Claims;
using Jixiao.Domain.Reports;

namespace Jixiao.Audit.Rules.Plausibility;

/// <summary>Checks a dated step against a window of months counted from January of the budget year (1 = January of Y).</summary>
public static class DateWindow
{
    public static IEnumerable<Finding> Check(RuleDescriptor descriptor, Report report, DateKind kind, int firstMonth, int lastMonth)
    {
        if (report.Year is not { } year)
        {
            yield break;
        }

        foreach (var date in report.Claims.OfType<DateClaim>().Where(d => d.Kind == kind))
        {
            var month = ((date.Year - year) * 12) + date.Month;
            if (month >= firstMonth && month <= lastMonth)
            {
                continue;
            }

            yield return Findings.Create(descriptor, date.Location, [], new Dictionary<string, string>
            {
                ["Date"] = date.Text,
                ["Year"] = year.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["From"] = MonthText(year, firstMonth),
                ["To"] = MonthText(year, lastMonth),
            }, $"{MonthText(year, firstMonth)}至{MonthText(year, lastMonth)}", date.Text);
        }
    }

    private static string MonthText(int year, int month)
    {
        var y = year + ((month - 1) / 12);
        var m = ((month - 1) % 12) + 1;
        return $"{y}年{m}月";
    }
}
