namespace Jixiao.Data.Entities;

/// <summary>A budget unit; <see cref="ParentId"/> links a 下属单位 to its 主管部门.</summary>
public sealed class Department
{
    public int Id { get; set; }

    /// <summary>The full name as reports print it; unique.</summary>
    public required string Name { get; set; }

    public int? ParentId { get; set; }

    public Department? Parent { get; set; }
}
