using Jixiao.Data.Entities;
using Jixiao.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Accounts;

/// <summary>Issuing and revoking a user's API tokens by user name, for administrators who never see stored tokens.</summary>
public sealed class TokenAdministration(JixiaoDbContext db, TimeProvider? time = null)
{
    private readonly TimeProvider clock = time ?? TimeProvider.System;

    /// <summary>Issues a new token for the named user and returns it (the only time its text exists).</summary>
    public async Task<string> IssueAsync(string userName, CancellationToken cancellationToken = default)
    {
        var user = await UserAsync(userName, cancellationToken).ConfigureAwait(false);
        return await new ReportStore(db, clock).IssueTokenAsync(user, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Revokes every valid token of the named user, in one transaction; returns how many were revoked.</summary>
    public async Task<int> RevokeAllAsync(string userName, CancellationToken cancellationToken = default)
    {
        var user = await UserAsync(userName, cancellationToken).ConfigureAwait(false);
        db.ChangeTracker.Clear();
        var now = clock.GetUtcNow();
        var tokens = await db.ApiTokens.Where(t => t.UserId == user.Id && t.Revoked == null).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var token in tokens)
        {
            token.Revoked = now;
            db.Activity.Add(new ActivityEntry { When = now, UserId = user.Id, Action = ActivityActions.TokenRevoked, Detail = $"吊销 {user.Name} 的 API 令牌" });
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return tokens.Count;
    }

    /// <summary>Revokes one token of the named user; false when it is not a valid token of that user.</summary>
    public async Task<bool> RevokeAsync(string userName, string token, CancellationToken cancellationToken = default)
    {
        var user = await UserAsync(userName, cancellationToken).ConfigureAwait(false);
        var store = new ReportStore(db, clock);
        return (await store.FindUserByTokenAsync(token, cancellationToken).ConfigureAwait(false))?.Id == user.Id
            && await store.RevokeTokenAsync(token, cancellationToken).ConfigureAwait(false);
    }

    private async Task<User> UserAsync(string userName, CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Name == userName.Trim(), cancellationToken).ConfigureAwait(false)
        ?? throw new StorageException($"用户“{userName.Trim()}”不存在");
}
