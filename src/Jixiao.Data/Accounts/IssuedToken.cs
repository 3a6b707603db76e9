using Jixiao.Data.Entities;

namespace Jixiao.Data.Accounts;

/// <summary>An API token just issued to a user: the only time its text exists, to be handed to that user.</summary>
public sealed record IssuedToken(string User, UserRole Role, string? Department, string Token);
