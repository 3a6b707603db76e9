using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Jixiao.Data.Entities;
using Jixiao.Documents.Json;
using Jixiao.Domain.Reports;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Storage;

/// <summary>
/// Departments, users, tokens and report versions over one context. Every write starts from a clean change
/// tracker, so what the store decides on is what the database holds now. Versions are only ever appended.
/// </summary>
public sealed partial class ReportStore(JixiaoDbContext db, TimeProvider? time = null)
{
    /// <summary>Wrong passwords in a row before sign-in is refused for <see cref="LockoutDuration"/>.</summary>
    public const int MaxFailedSignIns = 5;

    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    private static readonly PasswordHasher<User> Hasher = new();

    private readonly TimeProvider clock = time ?? TimeProvider.System;

    public async Task<Department> EnsureDepartmentAsync(string name, CancellationToken cancellationToken = default)
    {
        var trimmed = name.Trim();
        if (trimmed.Length == 0)
        {
            throw new StorageException("部门名称为空");
        }

        db.ChangeTracker.Clear();
        var existing = await db.Departments.SingleOrDefaultAsync(d => d.Name == trimmed, cancellationToken).ConfigureAwait(false);
        if (existing is not null)
        {
            return existing;
        }

        var department = new Department { Name = trimmed };
        db.Departments.Add(department);
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return department;
        }
        catch (DbUpdateException)
        {
            // Another process (a second worker, a parallel upload) created it first: the unique name says so.
            db.ChangeTracker.Clear();
            var created = await db.Departments.SingleOrDefaultAsync(d => d.Name == trimmed, cancellationToken).ConfigureAwait(false);
            if (created is null)
            {
                throw;
            }

            return created;
        }
    }

    /// <summary>The department with this id (digits) or exactly this name, or null.</summary>
    public async Task<Department?> FindDepartmentAsync(string idOrName, CancellationToken cancellationToken = default)
    {
        var trimmed = idOrName.Trim();
        return int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? await db.Departments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken).ConfigureAwait(false)
            : await db.Departments.AsNoTracking().SingleOrDefaultAsync(d => d.Name == trimmed, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A department and its 下属单位 (the departments whose parent it is): what its users may see.</summary>
    public async Task<IReadOnlyList<int>> DepartmentScopeAsync(int departmentId, CancellationToken cancellationToken = default) =>
        await db.Departments.AsNoTracking()
            .Where(d => d.Id == departmentId || d.ParentId == departmentId)
            .Select(d => d.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>Creates a user (and its department when needed); the password, if any, is stored hashed.</summary>
    public async Task<User> AddUserAsync(string name, UserRole role, string? departmentName, string? password, CancellationToken cancellationToken = default)
    {
        var trimmed = name.Trim();
        if (trimmed.Length == 0)
        {
            throw new StorageException("用户名为空");
        }

        if (role == UserRole.Department && string.IsNullOrWhiteSpace(departmentName))
        {
            throw new StorageException($"部门用户“{trimmed}”须用 --department 指明所属部门");
        }

        if (await db.Users.AnyAsync(u => u.Name == trimmed, cancellationToken).ConfigureAwait(false))
        {
            throw new StorageException($"用户“{trimmed}”已存在");
        }

        var department = string.IsNullOrWhiteSpace(departmentName) ? null : await EnsureDepartmentAsync(departmentName, cancellationToken).ConfigureAwait(false);
        db.ChangeTracker.Clear();
        var user = new User { Name = trimmed, Role = role, DepartmentId = department?.Id, Created = clock.GetUtcNow() };
        if (password is not null)
        {
            user.PasswordHash = Hasher.HashPassword(user, password);
        }

        db.Users.Add(user);
        db.Activity.Add(new ActivityEntry
        {
            When = user.Created,
            Action = ActivityActions.UserAdded,
            Detail = department is null ? $"新增用户 {trimmed}（{role}）" : $"新增用户 {trimmed}（{role}，{department.Name}）",
        });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return user;
    }

    /// <summary>
    /// The user whose password this is, or null: unknown user, no password, wrong password, or locked after
    /// <see cref="MaxFailedSignIns"/> wrong passwords in a row.
    /// </summary>
    public async Task<User?> CheckPasswordAsync(string name, string password, CancellationToken cancellationToken = default)
    {
        db.ChangeTracker.Clear();
        var user = await db.Users.SingleOrDefaultAsync(u => u.Name == name.Trim(), cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        if (user?.PasswordHash is null || user.LockedUntil > now)
        {
            return null;
        }

        var result = Hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        if (result == PasswordVerificationResult.Failed)
        {
            user.FailedSignIns++;
            if (user.FailedSignIns >= MaxFailedSignIns)
            {
                user.FailedSignIns = 0;
                user.LockedUntil = now + LockoutDuration;
            }

            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return null;
        }

        user.FailedSignIns = 0;
        user.LockedUntil = null;
        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            user.PasswordHash = Hasher.HashPassword(user, password);
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return user;
    }

    /// <summary>Issues a new API token for the user and returns it: this is the only time its text exists.</summary>
    public async Task<string> IssueTokenAsync(User user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        db.ChangeTracker.Clear();
        var token = ApiTokenText.New();
        var now = clock.GetUtcNow();
        db.ApiTokens.Add(new ApiToken { UserId = user.Id, Hash = ApiTokenText.Hash(token), Created = now });
        db.Activity.Add(new ActivityEntry { When = now, UserId = user.Id, Action = ActivityActions.TokenIssued, Detail = $"为 {user.Name} 签发 API 令牌" });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return token;
    }

    /// <summary>The user a token signs in, or null when the token is unknown or revoked.</summary>
    public async Task<User?> FindUserByTokenAsync(string token, CancellationToken cancellationToken = default)
    {
        var hash = ApiTokenText.Hash(token);
        return await db.ApiTokens.AsNoTracking()
            .Where(t => t.Hash == hash && t.Revoked == null)
            .Select(t => t.User)
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Revokes a token; false when it is unknown or already revoked.</summary>
    public async Task<bool> RevokeTokenAsync(string token, CancellationToken cancellationToken = default)
    {
        db.ChangeTracker.Clear();
        var hash = ApiTokenText.Hash(token);
        var stored = await db.ApiTokens.Include(t => t.User).SingleOrDefaultAsync(t => t.Hash == hash && t.Revoked == null, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            return false;
        }

        stored.Revoked = clock.GetUtcNow();
        db.Activity.Add(new ActivityEntry { When = stored.Revoked.Value, UserId = stored.UserId, Action = ActivityActions.TokenRevoked, Detail = $"吊销 {stored.User!.Name} 的 API 令牌" });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    public async Task<StoredReport?> FindReportAsync(string department, int year, ReportGenre genre, string project = "", CancellationToken cancellationToken = default) =>
        await db.Reports.AsNoTracking()
            .SingleOrDefaultAsync(r => r.Department!.Name == department && r.Year == year && r.Genre == genre && r.Project == project, cancellationToken)
            .ConfigureAwait(false);

    /// <summary>The report with this id and its department, or null.</summary>
    public async Task<StoredReport?> ReportAsync(int id, CancellationToken cancellationToken = default) =>
        await db.Reports.AsNoTracking().Include(r => r.Department).SingleOrDefaultAsync(r => r.Id == id, cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// The reports of the given departments (all when null), optionally of one year, of one status and only the overdue
    /// ones, with the summary of their latest version and their <see cref="Timeliness"/>; ordered by year (newest first),
    /// department, genre and project.
    /// </summary>
    public async Task<IReadOnlyList<ReportListing>> ReportsAsync(
        IReadOnlyCollection<int>? departments, int? year, ReportStatus? status = null, bool overdueOnly = false, CancellationToken cancellationToken = default)
    {
        var reports = db.Reports.AsNoTracking();
        if (departments is not null)
        {
            reports = reports.Where(r => departments.Contains(r.DepartmentId));
        }

        if (year is { } wanted)
        {
            reports = reports.Where(r => r.Year == wanted);
        }

        if (status is { } state)
        {
            reports = reports.Where(r => r.Status == state);
        }

        var listed = await reports
            .OrderByDescending(r => r.Year).ThenBy(r => r.Department!.Name).ThenBy(r => r.Genre).ThenBy(r => r.Project)
            .SelectMany(r => r.Versions.Where(v => v.Number == r.Revision), (r, v) => new ReportListing(
                r.Id, r.DepartmentId, r.Department!.Name, r.Year, r.Genre, r.Project, r.Revision, r.Status, v.Errors, v.Warnings, v.Infos, v.Created, v.Id, v.ContentHash))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var timeliness = await TimelinessAsync([.. listed.Select(r => (r.Id, r.Year))], cancellationToken).ConfigureAwait(false);
        return [.. listed.Select(r => r with { Timeliness = timeliness[r.Id] }).Where(r => !overdueOnly || r.Timeliness.Overdue)];
    }

    /// <summary>
    /// Appends version N+1 of the report the model belongs to (creating the report at version 1, as a draft), with its
    /// findings, its summary and digest columns (<see cref="VersionDigest"/>), an activity entry and, for an import job (<see cref="VersionDraft.Job"/>), the job's
    /// result, in one transaction (one <c>SaveChanges</c>): a version exists whole or not at all. A job whose result is
    /// already stored writes nothing and throws <see cref="JobAlreadyDoneException"/>. When another version was appended since the one the draft is
    /// based on, nothing is written and <see cref="ConcurrentModificationException"/> is thrown. A submitted or approved
    /// report cannot change (<see cref="WrongStateException"/>); a returned one goes back to draft.
    /// </summary>
    public async Task<ReportVersion> SaveVersionAsync(VersionDraft draft, User user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(user);
        var model = draft.Model;
        if (string.IsNullOrWhiteSpace(model.Department) || model.Year is not { } year)
        {
            throw new StorageException("报告缺少部门名称或年度，无法保存");
        }

        var department = await EnsureDepartmentAsync(model.Department, cancellationToken).ConfigureAwait(false);
        db.ChangeTracker.Clear();
        var project = draft.Project.Trim();
        var report = await db.Reports
            .SingleOrDefaultAsync(r => r.DepartmentId == department.Id && r.Year == year && r.Genre == model.Genre && r.Project == project, cancellationToken)
            .ConfigureAwait(false);
        var seen = report?.Revision ?? 0;
        if (draft.BasedOn is { } basedOn && basedOn != seen)
        {
            throw new ConcurrentModificationException();
        }

        if (report is null)
        {
            report = new StoredReport { DepartmentId = department.Id, Year = year, Genre = model.Genre, Project = project, Status = ReportStatus.Draft };
            db.Reports.Add(report);
        }
        else if (ReportStatusNames.InReview(report.Status) || report.Status == ReportStatus.Approved)
        {
            throw new WrongStateException(report.Status, report.Status == ReportStatus.Approved
                ? "已通过的报告不能修改"
                : $"已提交的版本不能修改：报告在{ReportStatusNames.Chinese(report.Status)}中，须等退回后再上传新版本");
        }

        var now = clock.GetUtcNow();
        if (report.Status == ReportStatus.Returned)
        {
            db.WorkflowEvents.Add(new WorkflowEvent { Report = report, VersionNumber = seen + 1, When = now, UserId = user.Id, From = report.Status, To = ReportStatus.Draft });
            report.Status = ReportStatus.Draft;
        }

        report.Revision = seen + 1;
        var json = ModelJson.Serialize(model);
        var version = new ReportVersion
        {
            Report = report,
            Number = report.Revision,
            ModelJson = json,
            ContentHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json))),
            Department = department.Name,
            Year = year,
            Genre = model.Genre,
            ExpenditureActual = model.Expenditure?.Actual?.Value,
            Errors = draft.Findings.Count(f => f.Severity == FindingSeverity.Error),
            Warnings = draft.Findings.Count(f => f.Severity == FindingSeverity.Warning),
            Infos = draft.Findings.Count(f => f.Severity == FindingSeverity.Info),
            Created = now,
            CreatedById = user.Id,
            SourceFile = draft.SourceFile,
        };
        version.Digest = VersionDigest.Of(model);
        version.Findings.AddRange(draft.Findings.Select(f => new StoredFinding { RuleId = f.RuleId, Severity = f.Severity, Message = f.Message, Location = f.Location }));
        db.Versions.Add(version);
        if (draft.Job is { } job)
        {
            db.ImportResults.Add(new ImportResult { JobKey = job.JobKey, SourceFile = draft.SourceFile ?? string.Empty, FileHash = job.FileHash, Version = version, Worker = job.Worker, Completed = now });
        }

        db.Activity.Add(new ActivityEntry
        {
            When = version.Created,
            UserId = user.Id,
            Action = ActivityActions.VersionSaved,
            Report = report,
            VersionNumber = version.Number,
            Detail = $"{user.Name} 保存 {department.Name} {year} 年报告第 {version.Number} 版" + (draft.SourceFile is null ? string.Empty : $"（导入 {draft.SourceFile}）"),
        });

        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return version;
        }
        catch (DbUpdateConcurrencyException e)
        {
            db.ChangeTracker.Clear();
            throw new ConcurrentModificationException(ConcurrentModificationException.DefaultMessage, e);
        }
        catch (DbUpdateException e)
        {
            db.ChangeTracker.Clear();
            if (draft.Job is { } done && await HasImportResultAsync(done.JobKey, cancellationToken).ConfigureAwait(false))
            {
                throw new JobAlreadyDoneException($"任务 {done.JobKey} 已有结果，未重复保存", e);
            }

            var latest = await db.Reports.AsNoTracking()
                .Where(r => r.DepartmentId == department.Id && r.Year == year && r.Genre == model.Genre && r.Project == project)
                .Select(r => (int?)r.Revision)
                .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            if ((latest ?? 0) != seen)
            {
                throw new ConcurrentModificationException(ConcurrentModificationException.DefaultMessage, e);
            }

            throw;
        }
    }

    /// <summary>
    /// Takes a review step on a report: checks that its status allows <paramref name="action"/>, moves it to the status the
    /// action leads to (<see cref="WorkflowAction.Next"/>: a 下属单位's report is submitted to 主管部门审核) and appends a workflow event and an activity entry, in one transaction. When a version was appended since
    /// <paramref name="basedOn"/> (or another step was taken at the same time) nothing is written and
    /// <see cref="ConcurrentModificationException"/> is thrown; a status the action cannot start from is a
    /// <see cref="WrongStateException"/>.
    /// </summary>
    public async Task<StoredReport> ChangeStatusAsync(
        int reportId, WorkflowAction action, User user, string? reason = null, int? basedOn = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(user);
        db.ChangeTracker.Clear();
        var report = await db.Reports.Include(r => r.Department).SingleOrDefaultAsync(r => r.Id == reportId, cancellationToken).ConfigureAwait(false)
            ?? throw new StorageException($"报告 {reportId} 不存在");
        if (basedOn is { } seen && seen != report.Revision)
        {
            throw new ConcurrentModificationException();
        }

        var from = report.Status;
        if (!action.From.Contains(from))
        {
            var allowed = string.Join("或", action.From.Select(ReportStatusNames.Chinese));
            throw new WrongStateException(from, $"报告当前为“{ReportStatusNames.Chinese(from)}”，不能{action.Verb}：只有“{allowed}”的报告才能{action.Verb}");
        }

        var now = clock.GetUtcNow();
        var to = action.Next(from, report.Department!.ParentId is not null);
        report.Status = to;
        db.WorkflowEvents.Add(new WorkflowEvent { Report = report, VersionNumber = report.Revision, When = now, UserId = user.Id, From = from, To = to, Reason = reason });
        db.Activity.Add(new ActivityEntry
        {
            When = now,
            UserId = user.Id,
            Action = action.Name,
            Report = report,
            VersionNumber = report.Revision,
            Detail = $"{user.Name} {action.Verb} {report.Department.Name} {report.Year} 年报告第 {report.Revision} 版（{ReportStatusNames.Chinese(from)} → {ReportStatusNames.Chinese(to)}）"
                + (reason is null ? string.Empty : $"：{reason}"),
        });

        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return report;
        }
        catch (DbUpdateConcurrencyException e)
        {
            db.ChangeTracker.Clear();
            throw new ConcurrentModificationException(ConcurrentModificationException.DefaultMessage, e);
        }
    }

    /// <summary>
    /// Records a decision on a finding of the report's latest version (append-only, with an activity entry). An approved
    /// report is a <see cref="WrongStateException"/>; when <paramref name="basedOn"/> is given and a version was appended
    /// since, <see cref="ConcurrentModificationException"/>.
    /// </summary>
    public async Task<FindingDecision> DecideFindingAsync(
        int reportId, string ruleId, string fingerprint, FindingDecisionKind decision, string text, User user, int? basedOn = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new StorageException(decision == FindingDecisionKind.Explained ? "已说明须写说明" : "误报须写理由");
        }

        db.ChangeTracker.Clear();
        var report = await db.Reports.AsNoTracking().Include(r => r.Department).SingleOrDefaultAsync(r => r.Id == reportId, cancellationToken).ConfigureAwait(false)
            ?? throw new StorageException($"报告 {reportId} 不存在");
        if (basedOn is { } seen && seen != report.Revision)
        {
            throw new ConcurrentModificationException();
        }

        if (report.Status == ReportStatus.Approved)
        {
            throw new WrongStateException(report.Status, "已通过的报告不能再处理发现：只有草稿、已提交或已退回的报告才能标记已说明或误报");
        }

        var now = clock.GetUtcNow();
        var stored = new FindingDecision
        {
            ReportId = reportId,
            VersionNumber = report.Revision,
            Fingerprint = fingerprint,
            RuleId = ruleId,
            Decision = decision,
            Text = text.Trim(),
            UserId = user.Id,
            When = now,
        };
        db.FindingDecisions.Add(stored);
        db.Activity.Add(new ActivityEntry
        {
            When = now,
            UserId = user.Id,
            Action = ActivityActions.FindingDecided,
            ReportId = reportId,
            VersionNumber = report.Revision,
            Detail = $"{user.Name} 将 {report.Department!.Name} {report.Year} 年报告第 {report.Revision} 版的发现 {ruleId} 标记为{(decision == FindingDecisionKind.Explained ? "已说明" : "误报")}：{stored.Text}",
        });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return stored;
    }

    /// <summary>The decisions made on versions up to <paramref name="upToVersion"/> of a report, oldest first.</summary>
    public async Task<IReadOnlyList<DecisionRecord>> DecisionsAsync(int reportId, int upToVersion, CancellationToken cancellationToken = default) =>
        await (from d in db.FindingDecisions.AsNoTracking()
               join u in db.Users.AsNoTracking() on d.UserId equals u.Id
               where d.ReportId == reportId && d.VersionNumber <= upToVersion
               orderby d.Id
               select new DecisionRecord(d.Id, d.VersionNumber, d.Fingerprint, d.RuleId, d.Decision, d.Text, u.Name, d.When))
            .ToListAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>The review steps of a report, oldest first.</summary>
    public async Task<IReadOnlyList<WorkflowEvent>> WorkflowAsync(int reportId, CancellationToken cancellationToken = default) =>
        await db.WorkflowEvents.AsNoTracking().Where(w => w.ReportId == reportId).OrderBy(w => w.Id).ToListAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>The versions of a report, oldest first, without their findings.</summary>
    public async Task<IReadOnlyList<ReportVersion>> VersionsAsync(int reportId, CancellationToken cancellationToken = default) =>
        await db.Versions.AsNoTracking().Where(v => v.ReportId == reportId).OrderBy(v => v.Number).ToListAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>Version <paramref name="number"/> of a report (the latest when null) with its model JSON, or null when there is no such version.</summary>
    public async Task<ReportVersion?> FindVersionAsync(int reportId, int? number, CancellationToken cancellationToken = default) =>
        await db.Versions.AsNoTracking()
            .Where(v => v.ReportId == reportId && (number == null || v.Number == number))
            .OrderByDescending(v => v.Number)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>The model of version <paramref name="number"/> of a report, or null when there is no such version.</summary>
    public async Task<Report?> VersionAsync(int reportId, int number, CancellationToken cancellationToken = default)
    {
        var json = await db.Versions.AsNoTracking()
            .Where(v => v.ReportId == reportId && v.Number == number)
            .Select(v => v.ModelJson)
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return json is null ? null : ModelJson.Deserialize(json);
    }

    /// <summary>The findings stored with one version, in the order they were saved.</summary>
    public async Task<IReadOnlyList<StoredFinding>> FindingsAsync(int reportId, int number, CancellationToken cancellationToken = default) =>
        await db.Findings.AsNoTracking()
            .Where(f => f.Version!.ReportId == reportId && f.Version.Number == number)
            .OrderBy(f => f.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
}
