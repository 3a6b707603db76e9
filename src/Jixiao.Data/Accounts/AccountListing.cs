using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Accounts;

/// <summary>The departments and users for administrators, ordered by name.</summary>
public sealed class AccountListing(JixiaoDbContext db, TimeProvider? time = null)
{
    private readonly TimeProvider clock = time ?? TimeProvider.System;

    public async Task<IReadOnlyList<DepartmentEntry>> DepartmentsAsync(CancellationToken cancellationToken = default) =>
        await db.Departments.AsNoTracking()
            .OrderBy(d => d.Name)
            .Select(d => new DepartmentEntry(d.Id, d.Name, d.Parent == null ? null : d.Parent.Name, db.Users.Count(u => u.DepartmentId == d.Id)))
            .ToListAsync(cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<UserEntry>> UsersAsync(CancellationToken cancellationToken = default)
    {
        var users = await db.Users.AsNoTracking()
            .OrderBy(u => u.Name)
            .Select(u => new
            {
                u.Name,
                u.Role,
                Department = u.Department == null ? null : u.Department.Name,
                HasPassword = u.PasswordHash != null,
                u.LockedUntil,
                Tokens = db.ApiTokens.Count(t => t.UserId == u.Id && t.Revoked == null),
            })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        return users.Select(u => new UserEntry(u.Name, u.Role, u.Department, u.HasPassword, u.LockedUntil > now, u.Tokens)).ToList();
    }
}
