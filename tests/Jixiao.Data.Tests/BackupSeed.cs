using Jixiao.Data.Entities;
using Jixiao.Data.Storage;
using Jixiao.Documents.Json;
using Jixiao.Testing;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Tests;

/// <summary>A database worth backing up: a 下属单位 stored before its 主管部门, users with a password and a token, a report with two versions, findings and a workflow step.</summary>
internal static class BackupSeed
{
    public const string Password = "备份-密码-1";

    /// <summary>Whole microseconds, which both providers keep exactly.</summary>
    private static readonly DateTimeOffset Start = new(2024, 3, 1, 8, 0, 0, TimeSpan.Zero);

    public sealed record Seeded(string Token, int ReportId, string Version2Json);

    public static async Task<Seeded> WriteAsync(StorageConnection connection, CancellationToken cancellationToken)
    {
        await using var db = await connection.OpenAsync(cancellationToken);
        var store = new ReportStore(db, new ManualClock(Start));
        var office = await store.EnsureDepartmentAsync("广州市天河区森林防火办公室", cancellationToken);
        var bureau = await store.EnsureDepartmentAsync(BundledSample.Report.Department!, cancellationToken);
        db.ChangeTracker.Clear();
        office.ParentId = bureau.Id;
        db.Departments.Update(office);
        await db.SaveChangesAsync(cancellationToken);
        var reviewer = await store.AddUserAsync("审核员甲", UserRole.Reviewer, null, Password, cancellationToken);
        var clerk = await store.AddUserAsync("天河", UserRole.Department, bureau.Name, null, cancellationToken);
        var token = await store.IssueTokenAsync(reviewer, cancellationToken);
        var revoked = await store.IssueTokenAsync(clerk, cancellationToken);
        await store.RevokeTokenAsync(revoked, cancellationToken);
        var first = BundledSample.Report;
        var second = first with { Title = "修改后的标题" };
        var v1 = await store.SaveVersionAsync(new VersionDraft(first, [new("JX1003", FindingSeverity.Error, "合计不平衡", "表3!F23")]) { SourceFile = "tianhe.json" }, clerk, cancellationToken);
        await store.SaveVersionAsync(new VersionDraft(second, []) { BasedOn = 1 }, clerk, cancellationToken);
        await store.ChangeStatusAsync(v1.ReportId, WorkflowAction.Submit, clerk, null, 2, cancellationToken);
        return new Seeded(token, v1.ReportId, ModelJson.Serialize(second));
    }

    /// <summary>The restored database signs in with the old password and token, reads version 2, and takes new rows.</summary>
    public static async Task AssertUsableAsync(StorageConnection connection, Seeded seeded, CancellationToken cancellationToken)
    {
        await using var db = await connection.OpenAsync(cancellationToken);
        var store = new ReportStore(db);
        Assert.Equal("审核员甲", (await store.FindUserByTokenAsync(seeded.Token, cancellationToken))?.Name);
        Assert.NotNull(await store.CheckPasswordAsync("审核员甲", Password, cancellationToken));
        Assert.Equal(seeded.Version2Json, ModelJson.Serialize((await store.VersionAsync(seeded.ReportId, 2, cancellationToken))!));
        Assert.Equal(ReportStatus.Submitted, (await store.ReportAsync(seeded.ReportId, cancellationToken))!.Status);
        Assert.Equal("广州市天河区应急管理局", (await db.Departments.Include(d => d.Parent).SingleAsync(d => d.ParentId != null, cancellationToken)).Parent!.Name);

        var added = await store.AddUserAsync("新用户", UserRole.Admin, null, null, cancellationToken);
        Assert.True(added.Id > 2);
    }
}
