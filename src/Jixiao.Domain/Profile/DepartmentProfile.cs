namespace Jixiao.Domain.Profile;

/// <summary>The department's profile (部门基本情况): functions (部门职能), sub-units and staffing.</summary>
public sealed record DepartmentProfile
{
    /// <summary>The numbered duties (部门职能), one per item.</summary>
    public IReadOnlyList<string> Functions { get; init; } = [];

    /// <summary>Named subordinate units (下属单位), where the report names them.</summary>
    public IReadOnlyList<string> SubUnits { get; init; } = [];

    /// <summary>The annual work and key tasks (年度总体工作和重点工作任务), one paragraph per item.</summary>
    public IReadOnlyList<string> AnnualWork { get; init; } = [];
}
