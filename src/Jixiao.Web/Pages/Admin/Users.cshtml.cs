using Jixiao.Data;
using Jixiao.Data.Accounts;
using Jixiao.Documents;
using Jixiao.Web.Workbench;

namespace Jixiao.Web.Pages.Admin;

/// <summary>
/// 用户管理 (/admin/users): the users with role, department, lock and token count; add one (optional 初始密码) or import
/// many from an .xlsx/.csv file through <see cref="UserImport"/>; issue or revoke a user's API tokens through
/// <see cref="TokenAdministration"/>. Tokens just issued are shown on the answer to that post only, never again.
/// </summary>
public sealed class UsersModel(JixiaoDbContext db, ReaderLimits limits, IServiceProvider services) : AdminPage
{
    private TimeProvider? Time => services.GetService<TimeProvider>();

    public IReadOnlyList<UserEntry> Users { get; private set; } = [];

    public IReadOnlyList<DepartmentEntry> Departments { get; private set; } = [];

    /// <summary>The outcome of the import or addition just posted; null otherwise.</summary>
    public RosterImportResult? Result { get; private set; }

    /// <summary>Tokens issued by the post just made (import, addition or 签发新令牌), shown once.</summary>
    public IReadOnlyList<IssuedToken> Issued { get; private set; } = [];

    /// <summary>A short confirmation of the post just made (role="status"); null when none.</summary>
    public string? Done { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await ListAsync(cancellationToken).ConfigureAwait(false);

    public async Task OnPostAddAsync(string? name, string? role, string? department, string? password, CancellationToken cancellationToken)
    {
        var row = new Dictionary<string, string>
        {
            [UserImport.NameHeader] = name ?? string.Empty,
            [UserImport.RoleHeader] = role ?? string.Empty,
            [UserImport.DepartmentHeader] = department ?? string.Empty,
            [UserImport.PasswordHeader] = password ?? string.Empty,
        };
        await ImportAsync(RosterSheet.OfRow("新增用户", row), cancellationToken).ConfigureAwait(false);
    }

    public async Task OnPostImportAsync(CancellationToken cancellationToken)
    {
        var (sheet, problem) = await RosterUpload.ReadAsync(Request, limits, cancellationToken).ConfigureAwait(false);
        Message = problem;
        if (sheet is null)
        {
            await ListAsync(cancellationToken).ConfigureAwait(false);
            return;
        }

        await ImportAsync(sheet, cancellationToken).ConfigureAwait(false);
    }

    public async Task OnPostIssueAsync(string? name, CancellationToken cancellationToken)
    {
        await TokenStepAsync(name, async user =>
        {
            var token = await new TokenAdministration(db, Time).IssueAsync(user, cancellationToken).ConfigureAwait(false);
            await ListAsync(cancellationToken).ConfigureAwait(false);
            var entry = Users.Single(u => u.Name == user.Trim());
            Issued = [new IssuedToken(entry.Name, entry.Role, entry.Department, token)];
            Done = $"已为用户“{entry.Name}”签发新的 API 令牌";
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task OnPostRevokeAsync(string? name, CancellationToken cancellationToken)
    {
        await TokenStepAsync(name, async user =>
        {
            var revoked = await new TokenAdministration(db, Time).RevokeAllAsync(user, cancellationToken).ConfigureAwait(false);
            Done = revoked == 0 ? $"用户“{user.Trim()}”没有有效的 API 令牌" : $"已吊销用户“{user.Trim()}”的 {revoked} 个 API 令牌";
            await ListAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task ImportAsync(RosterSheet sheet, CancellationToken cancellationToken)
    {
        Result = await new UserImport(db, Time).RunAsync(sheet, cancellationToken).ConfigureAwait(false);
        Issued = Result.Tokens;
        await ListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs a token step for a named user; an unknown user becomes the page's message.</summary>
    private async Task TokenStepAsync(string? name, Func<string, Task> step, CancellationToken cancellationToken)
    {
        try
        {
            await step(name ?? string.Empty).ConfigureAwait(false);
        }
        catch (StorageException e)
        {
            Message = e.Message;
            await ListAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task ListAsync(CancellationToken cancellationToken)
    {
        var listing = new AccountListing(db, Time);
        Users = await listing.UsersAsync(cancellationToken).ConfigureAwait(false);
        Departments = await listing.DepartmentsAsync(cancellationToken).ConfigureAwait(false);
    }
}
