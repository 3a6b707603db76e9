using Jixiao.Audit.Rules.Completeness;
using Jixiao.Domain.Targets;
using Jixiao.Testing.Builders;

namespace Jixiao.Audit.Tests.Rules.Completeness;

public sealed class JX4001_RequiredFieldBlankTests : RuleTestBase<RequiredFieldBlankRule>
{
    private static ReportBuilder With(params LabelledField[] fields) =>
        new ReportBuilder().With(r => r with { Targets = new PerformanceTargetTable { BasicInfo = fields, Location = TargetTables.Location } });

    [Fact]
    public void Reports_when_a_basic_info_cell_is_blank()
    {
        // Tianhe 2023: 财政供养人员数 left blank; 下属二级单位数 1.
        var finding = AssertSingleFinding(With(TargetTables.Field("财政供养人员数", "", "绩效目标表!C2"), TargetTables.Field("下属二级单位数", "1", "绩效目标表!E2")),
            ("Field", "财政供养人员数"), ("Cell", "绩效目标表!C2"));
        Assert.Equal("绩效目标表!C2", finding.Location.Cell);
        Assert.Empty(finding.Values);
    }

    [Fact]
    public void Reports_every_blank_cell() =>
        Assert.Equal(2, Run(With(TargetTables.Field("财政供养人员数", "", "绩效目标表!C2"), TargetTables.Field("下属二级单位数", " ", "绩效目标表!E2"))).Count);

    [Fact]
    public void Silent_when_every_cell_is_filled() =>
        AssertNoFindings(With(TargetTables.Field("财政供养人员数", "86", "绩效目标表!C2"), TargetTables.Field("下属二级单位数", "1", "绩效目标表!E2")));

    [Fact]
    public void Silent_when_the_report_has_no_target_table() => AssertNoFindings(new ReportBuilder());
}
