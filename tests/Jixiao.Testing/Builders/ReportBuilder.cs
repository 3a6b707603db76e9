using Jixiao.Domain.Reports;

namespace Jixiao.Testing.Builders;

/// <summary>
/// Builds reports for rule fixtures: a 2023 部门整体支出绩效自评报告 with nothing in it, to which a test adds
/// only what its rule reads (eShop Builders style). An empty report makes every rule silent.
/// </summary>
public sealed class ReportBuilder
{
    private Report _report = new()
    {
        File = "fixture.txt",
        Genre = ReportGenre.DepartmentSelfEvaluationReport,
        Department = "测试局",
        Year = 2023,
    };

    public ReportBuilder With(Func<Report, Report> change)
    {
        _report = change(_report);
        return this;
    }

    public Report Build() => _report;

    public static implicit operator Report(ReportBuilder builder) => builder.Build();
}
