using System.Text.Json;
using System.Text.Json.Serialization;

namespace Jixiao.Domain.Reports;

/// <summary>The kind of document (体裁): its JSON names are part of the contract.</summary>
[JsonConverter(typeof(ReportGenreConverter))]
public enum ReportGenre
{
    /// <summary>Not recognised as any genre Jixiao reads.</summary>
    Unknown,
    /// <summary>部门整体支出绩效自评报告.</summary>
    DepartmentSelfEvaluationReport,
    /// <summary>部门整体支出绩效自评表.</summary>
    DepartmentSelfEvaluationTable,
    /// <summary>项目支出绩效自评表.</summary>
    ProjectSelfEvaluationTable,
    /// <summary>项目支出绩效自评报告.</summary>
    ProjectSelfEvaluationReport,
    /// <summary>绩效运行监控表.</summary>
    MonitoringTable,

    /// <summary>绩效目标申报表: next year's 部门整体支出绩效目标表 and 项目支出绩效目标表, before any result exists.</summary>
    TargetDeclaration,
}

/// <summary>Writes genres in kebab case ("department-self-evaluation-report").</summary>
public sealed class ReportGenreConverter() : JsonStringEnumConverter<ReportGenre>(JsonNamingPolicy.KebabCaseLower);
