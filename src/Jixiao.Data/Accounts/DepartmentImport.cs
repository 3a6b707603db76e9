using Jixiao.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Accounts;

/// <summary>
/// Imports departments (部门名称, optional 上级部门 or 主管部门) all or nothing: every row is checked first — name
/// present and not repeated, 上级部门 in the file (before or after) or in the database, no cycle of 上级部门 — and
/// only a file without problems is written, in one transaction. A department already stored is left alone unless the
/// file gives it a different 上级部门; an empty 上级部门 changes nothing, so re-importing a file changes nothing.
/// </summary>
public sealed class DepartmentImport(JixiaoDbContext db)
{
    public const string NameHeader = "部门名称";

    public static readonly string[] ParentHeaders = ["上级部门", "主管部门"];

    private const int MaxNameLength = 200;

    public async Task<RosterImportResult> RunAsync(RosterSheet sheet, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        if (!sheet.Headers.Contains(NameHeader))
        {
            return RosterImportResult.Rejected([$"{sheet.File}：缺少“{NameHeader}”列（表头须有：{NameHeader}，可选 {string.Join("或", ParentHeaders)}）"]);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        db.ChangeTracker.Clear();
        var stored = await db.Departments.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        var storedParents = stored.ToDictionary(d => d.Name, d => stored.FirstOrDefault(p => p.Id == d.ParentId)?.Name, StringComparer.Ordinal);

        var problems = new List<string>();
        var wanted = new Dictionary<string, (RosterRow Row, string Parent)>(StringComparer.Ordinal);
        foreach (var row in sheet.Rows)
        {
            var name = row.Cell(NameHeader);
            var parent = row.Cell(ParentHeaders);
            if (name.Length == 0)
            {
                problems.Add(sheet.Problem(row, "部门名称为空"));
            }
            else if (name.Length > MaxNameLength || parent.Length > MaxNameLength)
            {
                problems.Add(sheet.Problem(row, $"部门名称超过 {MaxNameLength} 个字"));
            }
            else if (wanted.TryGetValue(name, out var first))
            {
                problems.Add(sheet.Problem(row, $"部门“{name}”与第 {first.Row.Number} 行重复"));
            }
            else
            {
                wanted[name] = (row, parent);
            }
        }

        // The hierarchy after the import: the stored parents, overridden by the file's.
        var parents = new Dictionary<string, string?>(storedParents, StringComparer.Ordinal);
        foreach (var (name, (_, parent)) in wanted)
        {
            parents[name] = parent.Length > 0 ? parent : storedParents.GetValueOrDefault(name);
        }

        foreach (var (name, (row, parent)) in wanted.Where(w => w.Value.Parent.Length > 0))
        {
            if (!parents.ContainsKey(parent))
            {
                problems.Add(sheet.Problem(row, $"上级部门“{parent}”既不在文件中，也不在数据库中"));
            }
            else if (Cycle(name, parents) is { } cycle)
            {
                problems.Add(sheet.Problem(row, $"上级部门形成循环：{string.Join(" → ", cycle)}"));
            }
        }

        if (problems.Count > 0)
        {
            return RosterImportResult.Rejected(problems);
        }

        var store = new ReportStore(db);
        var added = 0;
        foreach (var name in wanted.Keys.Where(n => !storedParents.ContainsKey(n)))
        {
            await store.EnsureDepartmentAsync(name, cancellationToken).ConfigureAwait(false);
            added++;
        }

        db.ChangeTracker.Clear();
        var byName = await db.Departments.ToDictionaryAsync(d => d.Name, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
        var updated = 0;
        foreach (var (name, (_, parent)) in wanted.Where(w => w.Value.Parent.Length > 0 && w.Value.Parent != storedParents.GetValueOrDefault(w.Key)))
        {
            byName[name].ParentId = byName[parent].Id;
            updated += storedParents.ContainsKey(name) ? 1 : 0;
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new RosterImportResult([], added, wanted.Count - added - updated, updated, []);
    }

    /// <summary>The chain name → parent → … back to name when the 上级部门 lead back to it; null otherwise.</summary>
    private static List<string>? Cycle(string name, Dictionary<string, string?> parents)
    {
        var chain = new List<string> { name };
        var current = parents.GetValueOrDefault(name);
        while (current is not null && chain.Count <= parents.Count)
        {
            chain.Add(current);
            if (current == name)
            {
                return chain;
            }

            current = parents.GetValueOrDefault(current);
        }

        return null;
    }
}
