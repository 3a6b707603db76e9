using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Storage;

/// <summary>Signing in to the web server: password checks recorded in the activity log, and sessions' users.</summary>
public sealed partial class ReportStore
{
    /// <summary>
    /// Checks a password as <see cref="CheckPasswordAsync"/> does and records the attempt (name, client, outcome) in the
    /// activity log; a locked account is told apart so that the caller can say when to try again.
    /// </summary>
    public async Task<SignInAttempt> SignInAsync(string name, string password, string client, CancellationToken cancellationToken = default)
    {
        var user = await CheckPasswordAsync(name, password, cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        var known = user ?? await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Name == name.Trim(), cancellationToken).ConfigureAwait(false);
        var lockedUntil = user is null && known?.LockedUntil > now ? known.LockedUntil : null;
        var shown = name.Trim() is { Length: > 64 } longName ? longName[..64] + "…" : name.Trim();
        var outcome = user is not null ? "登录成功" : lockedUntil is not null ? "登录失败（账户已锁定）" : known is null ? "登录失败（无此用户）" : "登录失败（密码错误）";
        db.ChangeTracker.Clear();
        db.Activity.Add(new ActivityEntry
        {
            When = now,
            UserId = known?.Id,
            Action = user is null ? ActivityActions.SignInFailed : ActivityActions.SignedIn,
            Detail = $"{shown} 从 {client} {outcome}",
        });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new SignInAttempt(user, lockedUntil);
    }

    /// <summary>The user with this id, or null when there is none (any more).</summary>
    public async Task<User?> FindUserAsync(int id, CancellationToken cancellationToken = default) =>
        await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, cancellationToken).ConfigureAwait(false);
}
