namespace Jixiao.Domain.Claims;

/// <summary>What an evaluation covered.</summary>
public enum EvaluationScope
{
    /// <summary>重点绩效评价 of named projects.</summary>
    KeyProjects,
    /// <summary>部门整体支出绩效自评.</summary>
    Department,
}
