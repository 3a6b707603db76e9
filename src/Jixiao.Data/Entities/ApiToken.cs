namespace Jixiao.Data.Entities;

/// <summary>An API token: only its SHA-256 hash is stored; the token itself is shown once when issued.</summary>
public sealed class ApiToken
{
    public int Id { get; set; }

    public int UserId { get; set; }

    public User? User { get; set; }

    /// <summary>SHA-256 of the token's text, lowercase hex; unique.</summary>
    public required string Hash { get; set; }

    public DateTimeOffset Created { get; set; }

    /// <summary>When the token was revoked; a revoked token no longer signs anyone in.</summary>
    public DateTimeOffset? Revoked { get; set; }
}
