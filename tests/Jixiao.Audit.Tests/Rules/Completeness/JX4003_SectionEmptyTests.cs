using Jixiao.Audit.Rules.Completeness;
using Jixiao.Domain.Reports;
using Jixiao.Testing.Builders;

namespace Jixiao.Audit.Tests.Rules.Completeness;

public sealed class JX4003_SectionEmptyTests : RuleTestBase<SectionEmptyRule>
{
    private static ReportSection Section(string numbering, string title, int blocks, int line) => new(numbering, title, blocks, new SourceLocation(numbering, Line: line));

    private static ReportBuilder With(params ReportSection[] sections) => new ReportBuilder().With(r => r with { Sections = sections });

    [Fact]
    public void Reports_a_heading_with_nothing_under_it()
    {
        var finding = AssertSingleFinding(With(Section("一、（一）", "部门职能", 17, 9), Section("三、", "存在的主要问题", 0, 240)),
            ("Section", "三、"), ("Title", "存在的主要问题"));
        Assert.Equal(240, finding.Location.Line);
        Assert.Empty(finding.Values);
    }

    [Fact]
    public void Silent_when_every_section_has_content() =>
        AssertNoFindings(With(Section("一、", "部门基本情况", 39, 7), Section("一、（一）", "部门职能", 17, 9)));

    [Fact]
    public void Silent_when_the_report_has_no_sections() => AssertNoFindings(new ReportBuilder());
}
