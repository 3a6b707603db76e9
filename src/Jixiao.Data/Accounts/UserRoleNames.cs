using Jixiao.Data.Entities;

namespace Jixiao.Data.Accounts;

/// <summary>User roles as people write them: the codes admin/reviewer/department or the Chinese names 管理员/审核人/部门用户.</summary>
public static class UserRoleNames
{
    /// <summary>The role a code or Chinese name means (whitespace and case ignored), or null.</summary>
    public static UserRole? Parse(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "admin" or "管理员" => UserRole.Admin,
        "reviewer" or "审核人" => UserRole.Reviewer,
        "department" or "部门用户" => UserRole.Department,
        _ => null,
    };

    /// <summary>管理员, 审核人 or 部门用户.</summary>
    public static string Chinese(UserRole role) => role switch
    {
        UserRole.Admin => "管理员",
        UserRole.Reviewer => "审核人",
        _ => "部门用户",
    };
}
