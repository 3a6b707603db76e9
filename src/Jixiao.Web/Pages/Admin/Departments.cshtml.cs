using Jixiao.Data;
using Jixiao.Data.Accounts;
using Jixiao.Documents;
using Jixiao.Web.Workbench;

namespace Jixiao.Web.Pages.Admin;

/// <summary>
/// 部门管理 (/admin/departments): the departments with their 上级部门; add one, or import many from an .xlsx/.csv file
/// through <see cref="DepartmentImport"/> (all or nothing: a refused file lists its problems row by row).
/// </summary>
public sealed class DepartmentsModel(JixiaoDbContext db, ReaderLimits limits) : AdminPage
{
    public IReadOnlyList<DepartmentEntry> Departments { get; private set; } = [];

    /// <summary>The outcome of the import or addition just posted; null on a plain visit.</summary>
    public RosterImportResult? Result { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await ListAsync(cancellationToken).ConfigureAwait(false);

    public async Task OnPostAddAsync(string? name, string? parent, CancellationToken cancellationToken)
    {
        var row = new Dictionary<string, string>
        {
            [DepartmentImport.NameHeader] = name ?? string.Empty,
            [DepartmentImport.ParentHeaders[0]] = parent ?? string.Empty,
        };
        Result = await new DepartmentImport(db).RunAsync(RosterSheet.OfRow("新增部门", row), cancellationToken).ConfigureAwait(false);
        await ListAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task OnPostImportAsync(CancellationToken cancellationToken)
    {
        var (sheet, problem) = await RosterUpload.ReadAsync(Request, limits, cancellationToken).ConfigureAwait(false);
        Message = problem;
        if (sheet is not null)
        {
            Result = await new DepartmentImport(db).RunAsync(sheet, cancellationToken).ConfigureAwait(false);
        }

        await ListAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task ListAsync(CancellationToken cancellationToken) =>
        Departments = await new AccountListing(db).DepartmentsAsync(cancellationToken).ConfigureAwait(false);
}
