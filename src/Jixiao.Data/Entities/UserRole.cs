namespace Jixiao.Data.Entities;

/// <summary>What a user may do: admins manage, reviewers see all and return or approve, department users edit their own.</summary>
public enum UserRole
{
    Admin,
    Reviewer,
    Department,
}
