using Jixiao.Data.Entities;

namespace Jixiao.Data.Accounts;

/// <summary>A user as `jixiao user list` shows it: whether a password is set, whether sign-in is locked now, how many tokens are valid.</summary>
public sealed record UserEntry(string Name, UserRole Role, string? Department, bool HasPassword, bool Locked, int ActiveTokens);
