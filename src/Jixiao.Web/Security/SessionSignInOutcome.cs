using Jixiao.Data.Entities;

namespace Jixiao.Web.Security;

/// <summary>The outcome of <see cref="SessionSignIn.SignInAsync"/>: the user, or (wrong name or password) none, and the minutes a locked account stays locked.</summary>
public sealed record SessionSignInOutcome(User? User, int? LockedMinutes)
{
    /// <summary>What to tell the person when signing in failed; null on success.</summary>
    public string? Failure => User is not null ? null : LockedMinutes is { } minutes ? SessionSignIn.LockedMessage(minutes) : "用户名或密码错误";
}
