using Jixiao.Data.Entities;
using Jixiao.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Accounts;

/// <summary>
/// Imports users (用户名, 角色, 部门, optional 初始密码) all or nothing: every row is checked first — name present and
/// not repeated, a known role, a department for 部门用户 that is already stored — and only a file without problems is
/// written, in one transaction. Each new user gets an API token (returned once); a user already stored is left
/// exactly as it is (role, department, password and tokens), so re-importing a file changes nothing.
/// </summary>
public sealed class UserImport(JixiaoDbContext db, TimeProvider? time = null)
{
    public const string NameHeader = "用户名";

    public const string RoleHeader = "角色";

    public const string DepartmentHeader = "部门";

    public const string PasswordHeader = "初始密码";

    private const int MaxNameLength = 100;

    public async Task<RosterImportResult> RunAsync(RosterSheet sheet, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var missing = new[] { NameHeader, RoleHeader }.Where(h => !sheet.Headers.Contains(h)).ToList();
        if (missing.Count > 0)
        {
            return RosterImportResult.Rejected([$"{sheet.File}：缺少“{string.Join("”“", missing)}”列（表头须有：{NameHeader}、{RoleHeader}、{DepartmentHeader}，可选 {PasswordHeader}）"]);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        db.ChangeTracker.Clear();
        var departments = (await db.Departments.Select(d => d.Name).ToListAsync(cancellationToken).ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal);
        var users = (await db.Users.Select(u => u.Name).ToListAsync(cancellationToken).ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal);

        var problems = new List<string>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var added = new List<(string Name, UserRole Role, string? Department, string? Password)>();
        var existing = 0;
        foreach (var row in sheet.Rows)
        {
            var name = row.Cell(NameHeader);
            var roleText = row.Cell(RoleHeader);
            var role = UserRoleNames.Parse(roleText);
            var department = row.Cell(DepartmentHeader);
            var password = row.Cells.GetValueOrDefault(PasswordHeader);
            var before = problems.Count;
            if (name.Length == 0)
            {
                problems.Add(sheet.Problem(row, "用户名为空"));
            }
            else if (name.Length > MaxNameLength)
            {
                problems.Add(sheet.Problem(row, $"用户名超过 {MaxNameLength} 个字"));
            }
            else if (seen.TryGetValue(name, out var first))
            {
                problems.Add(sheet.Problem(row, $"用户“{name}”与第 {first} 行重复"));
            }
            else
            {
                seen[name] = row.Number;
            }

            if (role is null)
            {
                problems.Add(sheet.Problem(row, roleText.Length == 0 ? "角色为空" : $"未知角色“{roleText}”：应为 管理员、审核人、部门用户（或 admin、reviewer、department）"));
            }
            else if (role == UserRole.Department && department.Length == 0)
            {
                problems.Add(sheet.Problem(row, $"部门用户“{name}”须填写所属部门"));
            }

            if (department.Length > 0 && !departments.Contains(department))
            {
                problems.Add(sheet.Problem(row, $"部门“{department}”不在数据库中：请先用 jixiao department import 导入部门"));
            }

            if (problems.Count > before || role is not { } valid)
            {
                continue;
            }

            if (users.Contains(name))
            {
                existing++;
            }
            else
            {
                added.Add((name, valid, department.Length > 0 ? department : null, string.IsNullOrEmpty(password) ? null : password));
            }
        }

        if (problems.Count > 0)
        {
            return RosterImportResult.Rejected(problems);
        }

        var store = new ReportStore(db, time);
        var tokens = new List<IssuedToken>();
        foreach (var (name, role, department, password) in added)
        {
            var user = await store.AddUserAsync(name, role, department, password, cancellationToken).ConfigureAwait(false);
            tokens.Add(new IssuedToken(user.Name, role, department, await store.IssueTokenAsync(user, cancellationToken).ConfigureAwait(false)));
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new RosterImportResult([], added.Count, existing, 0, tokens);
    }
}
