using Jixiao.Data.Entities;

namespace Jixiao.Data.Storage;

/// <summary>
/// The outcome of <see cref="ReportStore.SignInAsync"/>: the user when the name and password were right; otherwise,
/// when the account is locked after too many wrong passwords, until when.
/// </summary>
public sealed record SignInAttempt(User? User, DateTimeOffset? LockedUntil);
