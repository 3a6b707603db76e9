using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Cli.Commands;

/// <summary>
/// The database `jixiao demo --serve` serves: <see cref="FileName"/> in the demo output folder, holding the bundled
/// sample as a stored version and three demo accounts with published passwords. Demo accounts exist only in a demo
/// database: a database is one when its activity log holds a <see cref="ActivityActions.DemoCreated"/> entry, written
/// when this class creates the file; any other database at that path (with users, departments or reports and no such
/// entry) is refused, never given demo accounts. No schema change is needed for the mark.
/// </summary>
public static class DemoDatabase
{
    public const string FileName = "jixiao-demo.db";

    /// <summary>The demo accounts: name, role and published password (the department user belongs to the sample's department).</summary>
    private static readonly (string Name, UserRole Role, string Password)[] Accounts =
    [
        ("演示部门用户", UserRole.Department, "demo-department-2023"),
        ("演示审核人", UserRole.Reviewer, "demo-reviewer-2023"),
        ("演示管理员", UserRole.Admin, "demo-admin-2023"),
    ];

    /// <summary>
    /// Creates (or reuses) the demo database at <paramref name="path"/>, loads the sample when it is not there yet and
    /// issues each demo account a new API token; a database that is not a demo database is a <see cref="StorageException"/>.
    /// </summary>
    public static async Task<IReadOnlyList<DemoAccount>> PrepareAsync(string path, CancellationToken cancellationToken)
    {
        var connection = StorageConnection.Parse(Path.GetFullPath(path));
        if (File.Exists(path))
        {
            await using (var existing = connection.CreateContext())
            {
                if (!await IsDemoAsync(existing, cancellationToken).ConfigureAwait(false))
                {
                    throw new StorageException($"{path} 不是演示数据库：演示账户只建在 jixiao demo --serve 自己新建的数据库中；请换一个输出目录（--out）或删除这个文件");
                }
            }

            await connection.MigrateAsync(cancellationToken).ConfigureAwait(false);
        }

        await using var db = await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        if (!await db.Activity.AnyAsync(a => a.Action == ActivityActions.DemoCreated, cancellationToken).ConfigureAwait(false))
        {
            db.Activity.Add(new ActivityEntry
            {
                When = DateTimeOffset.UtcNow,
                Action = ActivityActions.DemoCreated,
                Detail = "演示数据库（jixiao demo --serve）：账户和密码公开，只供演示",
            });
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        var store = new ReportStore(db);
        var sample = BundledSample.Load();
        var accounts = new List<DemoAccount>();
        User? departmentUser = null;
        foreach (var (name, role, password) in Accounts)
        {
            db.ChangeTracker.Clear();
            var department = role == UserRole.Department ? sample.Department : null;
            var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Name == name, cancellationToken).ConfigureAwait(false)
                ?? await store.AddUserAsync(name, role, department, password, cancellationToken).ConfigureAwait(false);
            departmentUser ??= role == UserRole.Department ? user : null;
            accounts.Add(new DemoAccount(name, role, department, password, await store.IssueTokenAsync(user, cancellationToken).ConfigureAwait(false)));
        }

        if (await store.FindReportAsync(sample.Department!, sample.Year!.Value, sample.Genre, cancellationToken: cancellationToken).ConfigureAwait(false) is null)
        {
            await store.SaveVersionAsync(AuditedDraft.Of(sample, BundledSample.FileName).Draft, departmentUser!, cancellationToken).ConfigureAwait(false);
        }

        return accounts;
    }

    /// <summary>True when the database carries the demo mark, or is empty (no users, departments or reports) and may become one.</summary>
    private static async Task<bool> IsDemoAsync(JixiaoDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            return await db.Activity.AnyAsync(a => a.Action == ActivityActions.DemoCreated, cancellationToken).ConfigureAwait(false)
                || !(await db.Users.AnyAsync(cancellationToken).ConfigureAwait(false)
                    || await db.Departments.AnyAsync(cancellationToken).ConfigureAwait(false)
                    || await db.Reports.AnyAsync(cancellationToken).ConfigureAwait(false));
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            // Not a Jixiao database at all (no tables, or not SQLite): never a demo database.
            return false;
        }
    }
}

/// <summary>A demo account as `demo --serve` prints it: the password is published, the token new on each run.</summary>
public sealed record DemoAccount(string Name, UserRole Role, string? Department, string Password, string Token);
