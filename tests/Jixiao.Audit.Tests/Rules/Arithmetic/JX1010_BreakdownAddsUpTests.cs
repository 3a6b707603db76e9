using Jixiao.Audit.Rules.Arithmetic;
using Jixiao.Domain.Claims;
using Jixiao.Domain.Numbers;
using Jixiao.Testing.Builders;

namespace Jixiao.Audit.Tests.Rules.Arithmetic;

public sealed class JX1010_BreakdownAddsUpTests : RuleTestBase<BreakdownAddsUpRule>
{
    private static BreakdownClaim Responses(params string[] parts)
    {
        string[] labels = ["防暴雨I级应急响应", "防暴雨II级应急响应", "防暴雨III级应急响应", "防台风III级应急响应", "防台风IV级应急响应"];
        return new BreakdownClaim("应急响应", Num.Count("65", "次", "应急响应", 69),
            parts.Select((p, i) => new BreakdownPart(labels[i], Num.Count(p, "次", labels[i], 69), null)).ToArray(), Num.At("应急响应", 69));
    }

    private static BreakdownClaim Accidents(string constructionShare) =>
        new("一般生产安全事故起数", Num.Count("12", "宗", "一般生产安全事故起数", 49),
            [
                new BreakdownPart("生产经营性道路交通事故", Num.Count("7", "宗", "生产经营性道路交通事故起数", 49), Num.Pct("58.3%", "生产经营性道路交通事故占比", 49)),
                new BreakdownPart("建筑施工事故", Num.Count("4", "宗", "建筑施工事故起数", 49), Num.Pct(constructionShare, "建筑施工事故占比", 49)),
                new BreakdownPart("其他事故", Num.Count("1", "宗", "其他事故起数", 49), Num.Pct("8.3%", "其他事故占比", 49)),
            ],
            Num.At("一般生产安全事故", 49));

    private static ReportBuilder With(params BreakdownClaim[] claims) => new ReportBuilder().With(r => r with { Claims = claims });

    [Fact]
    public void Reports_when_parts_do_not_add_up_to_the_total()
    {
        var finding = AssertSingleFinding(With(Responses("1", "10", "51", "1", "1")),
            ("Where", "应急响应"), ("Expected", "64"), ("Actual", "65"), ("Difference", "1"), ("Unit", "次"));
        Assert.Equal(new[] { "1", "10", "51", "1", "1", "65" }, finding.Values.Select(v => v.Number.Text));
        Assert.Equal(69, finding.Location.Line);
    }

    [Fact]
    public void Reports_when_a_share_is_not_part_over_total()
    {
        var finding = AssertSingleFinding(With(Accidents("36.3%")),
            ("Where", "建筑施工事故占比"), ("Actual", "36.3%"), ("Expression", "4 ÷ 12"));
        Assert.StartsWith("33.33", finding.Arguments["Expected"], StringComparison.Ordinal);
        Assert.Equal(new[] { "4", "12", "36.3%" }, finding.Values.Select(v => v.Number.Text));
    }

    [Fact]
    public void Silent_when_parts_and_shares_add_up()
    {
        // Tianhe 2023: 65 responses = 1 + 10 + 51 + 1 + 2; 12 accidents = 7 (58.3%) + 4 (33.3%) + 1 (8.3%).
        AssertNoFindings(With(Responses("1", "10", "51", "1", "2"), Accidents("33.3%")));
    }

    [Fact]
    public void Info_when_only_rounding_differs()
    {
        var funds = new BreakdownClaim("重点评价资金", Num.Wan("74.51", "重点评价资金"),
            [
                new BreakdownPart("应急指挥救援业务经费", Num.Wan("32.00", "应急指挥救援业务经费"), null),
                new BreakdownPart("天河区森林防火经费", Num.Wan("42.50", "天河区森林防火经费"), null),
            ],
            Num.At("重点评价资金"));
        var finding = AssertRoundingOnly(With(funds));
        Assert.Equal(MoneyUnits.TenThousandYuan, finding.Arguments["Unit"]);
    }

    [Fact]
    public void Silent_when_the_report_has_no_breakdowns() => AssertNoFindings(new ReportBuilder());
}
