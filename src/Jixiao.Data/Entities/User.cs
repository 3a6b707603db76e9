namespace Jixiao.Data.Entities;

/// <summary>A person or a machine that signs in with a password or calls the API with a token.</summary>
public sealed class User
{
    public int Id { get; set; }

    /// <summary>The sign-in name; unique.</summary>
    public required string Name { get; set; }

    public UserRole Role { get; set; }

    /// <summary>The department a department user works for; null for admins and reviewers.</summary>
    public int? DepartmentId { get; set; }

    public Department? Department { get; set; }

    /// <summary>ASP.NET Core Identity's password hash (PBKDF2 with salt and iteration count inside); null when the user has only tokens.</summary>
    public string? PasswordHash { get; set; }

    /// <summary>Wrong passwords since the last successful sign-in.</summary>
    public int FailedSignIns { get; set; }

    /// <summary>Sign-in is refused until then, after too many wrong passwords.</summary>
    public DateTimeOffset? LockedUntil { get; set; }

    public DateTimeOffset Created { get; set; }
}
