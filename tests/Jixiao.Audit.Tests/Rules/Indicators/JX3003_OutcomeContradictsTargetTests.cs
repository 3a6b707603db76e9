using Jixiao.Audit.Rules.Indicators;
using Jixiao.Domain.Claims;
using Jixiao.Domain.Reports;
using Jixiao.Domain.Targets;
using Jixiao.Testing.Builders;

namespace Jixiao.Audit.Tests.Rules.Indicators;

public sealed class JX3003_OutcomeContradictsTargetTests : RuleTestBase<OutcomeContradictsTargetRule>
{
    private static IncidentClaim Accidents(string count, string? deaths = "12") =>
        new("安全事故", "一般生产安全事故", Num.Count(count, "宗", "一般生产安全事故起数", 49),
            deaths is null ? null : Num.Count(deaths, "人", "一般生产安全事故死亡人数", 49),
            new SourceLocation("一、（二）", Row: "一般生产安全事故", Line: 49));

    private static ReportBuilder With(string target, params IncidentClaim[] incidents) =>
        new ReportBuilder().With(r => r with
        {
            Targets = TargetTables.With(TargetTables.Indicator(IndicatorCategory.Benefit, IndicatorSubcategory.Social, "安全事故发生次数", target, 108)),
            Claims = incidents,
        });

    [Fact]
    public void Reports_when_events_occurred_that_a_zero_target_rules_out()
    {
        // Tianhe 2023: target "安全事故发生次数 0次"; 一、（二） reports 12 一般生产安全事故 with 12 deaths.
        var finding = AssertSingleFinding(With("0次", Accidents("12")),
            ("Indicator", "安全事故发生次数"), ("Target", "0次"), ("Event", "一般生产安全事故"), ("Count", "12宗"),
            ("EventSection", "一、（二）"), ("EventLine", "49"));
        Assert.Equal(new[] { "12", "12" }, finding.Values.Select(v => v.Number.Text));
        Assert.Equal("安全事故发生次数", finding.Location.Row);
        Assert.Equal(108, finding.Location.Line);
    }

    [Fact]
    public void Reports_a_nothing_shall_happen_target_too()
    {
        var fires = new IncidentClaim("火灾", "森林火灾", Num.Count("1", "起", "森林火灾起数", 52), null, new SourceLocation("一、（二）", Row: "森林火灾", Line: 52));
        var finding = AssertSingleFinding(
            new ReportBuilder().With(r => r with
            {
                Targets = TargetTables.With(TargetTables.Indicator(IndicatorCategory.Output, IndicatorSubcategory.Timeliness, "控制森林火灾受害率", "不发生较大以上的森林火灾")),
                Claims = [fires],
            }),
            ("Indicator", "控制森林火灾受害率"), ("Target", "不发生较大以上的森林火灾"), ("Count", "1起"));
        Assert.Single(finding.Values);
    }

    [Fact]
    public void Silent_when_no_events_occurred() => AssertNoFindings(With("0次", Accidents("0", "0")));

    [Fact]
    public void Silent_when_the_target_allows_events() => AssertNoFindings(With("≤15起", Accidents("12")));

    [Fact]
    public void Silent_when_no_indicator_names_the_events() =>
        AssertNoFindings(new ReportBuilder().With(r => r with
        {
            Targets = TargetTables.With(TargetTables.Indicator(IndicatorCategory.Benefit, IndicatorSubcategory.Social, "群体性事件发生次数", "0次")),
            Claims = [Accidents("12")],
        }));

    [Fact]
    public void Silent_when_the_report_has_no_target_table() =>
        AssertNoFindings(new ReportBuilder().With(r => r with { Claims = [Accidents("12")] }));

    [Fact]
    public void Silent_when_the_report_states_no_events() => AssertNoFindings(With("0次"));
}
