using Jixiao.Domain.Reports;

namespace Jixiao.Audit.Output;

/// <summary>Genre names of the contract and for people.</summary>
public static class GenreNames
{
    public static string Of(ReportGenre genre) => genre switch
    {
        ReportGenre.DepartmentSelfEvaluationReport => "department-self-evaluation-report",
        ReportGenre.DepartmentSelfEvaluationTable => "department-self-evaluation-table",
        ReportGenre.ProjectSelfEvaluationTable => "project-self-evaluation-table",
        ReportGenre.ProjectSelfEvaluationReport => "project-self-evaluation-report",
        ReportGenre.MonitoringTable => "monitoring-table",
        ReportGenre.TargetDeclaration => "target-declaration",
        _ => "unknown",
    };

    public static string Chinese(ReportGenre genre) => genre switch
    {
        ReportGenre.DepartmentSelfEvaluationReport => "部门整体支出绩效自评报告",
        ReportGenre.DepartmentSelfEvaluationTable => "部门整体支出绩效自评表",
        ReportGenre.ProjectSelfEvaluationTable => "项目支出绩效自评表",
        ReportGenre.ProjectSelfEvaluationReport => "项目支出绩效自评报告",
        ReportGenre.MonitoringTable => "绩效运行监控表",
        ReportGenre.TargetDeclaration => "绩效目标申报表",
        _ => "未识别的文件",
    };
}
