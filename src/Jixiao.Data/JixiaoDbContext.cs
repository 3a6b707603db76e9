using Jixiao.Data.Entities;
using Jixiao.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data;

/// <summary>
/// The storage model, shared by both providers. Each provider has its own derived context
/// (<see cref="SqliteJixiaoDbContext"/>, <see cref="PostgresJixiaoDbContext"/>) so that each keeps its own migrations.
/// Versions, findings, decisions on findings, workflow events, attachments (links and contents), import results and the activity log are
/// append-only: saving a change to one of them throws.
/// </summary>
public abstract class JixiaoDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Department> Departments => Set<Department>();

    public DbSet<User> Users => Set<User>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public DbSet<StoredReport> Reports => Set<StoredReport>();

    public DbSet<ReportVersion> Versions => Set<ReportVersion>();

    public DbSet<StoredFinding> Findings => Set<StoredFinding>();

    public DbSet<ActivityEntry> Activity => Set<ActivityEntry>();

    public DbSet<WorkflowEvent> WorkflowEvents => Set<WorkflowEvent>();

    public DbSet<FindingDecision> FindingDecisions => Set<FindingDecision>();

    public DbSet<Deadline> Deadlines => Set<Deadline>();

    public DbSet<AttachmentBlob> AttachmentBlobs => Set<AttachmentBlob>();

    public DbSet<Attachment> Attachments => Set<Attachment>();

    public DbSet<ImportResult> ImportResults => Set<ImportResult>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseRewritingHistory();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseRewritingHistory();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);

        modelBuilder.Entity<Department>(d =>
        {
            d.Property(x => x.Name).HasMaxLength(200);
            d.HasIndex(x => x.Name).IsUnique();
            d.HasOne(x => x.Parent).WithMany().HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<User>(u =>
        {
            u.Property(x => x.Name).HasMaxLength(100);
            u.HasIndex(x => x.Name).IsUnique();
            u.Property(x => x.Role).HasConversion<string>().HasMaxLength(20);
            u.HasOne(x => x.Department).WithMany().HasForeignKey(x => x.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<ApiToken>(t =>
        {
            t.Property(x => x.Hash).HasMaxLength(64);
            t.HasIndex(x => x.Hash).IsUnique();
            t.HasOne(x => x.User).WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<StoredReport>(r =>
        {
            r.ToTable("Reports");
            r.Property(x => x.Genre).HasConversion<string>().HasMaxLength(40);
            r.Property(x => x.Project).HasMaxLength(300);
            r.HasIndex(x => new { x.DepartmentId, x.Year, x.Genre, x.Project }).IsUnique();
            r.Property(x => x.Revision).IsConcurrencyToken();
            r.Property(x => x.Status).HasConversion<string>().HasMaxLength(20).IsConcurrencyToken();
            r.HasOne(x => x.Department).WithMany().HasForeignKey(x => x.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<ReportVersion>(v =>
        {
            v.ToTable("ReportVersions");
            v.HasIndex(x => new { x.ReportId, x.Number }).IsUnique();
            v.HasOne(x => x.Report).WithMany(r => r.Versions).HasForeignKey(x => x.ReportId).OnDelete(DeleteBehavior.Restrict);
            v.HasOne(x => x.CreatedBy).WithMany().HasForeignKey(x => x.CreatedById).OnDelete(DeleteBehavior.Restrict);
            v.Property(x => x.ContentHash).HasMaxLength(64);
            v.Property(x => x.Department).HasMaxLength(200);
            v.Property(x => x.Genre).HasConversion<string>().HasMaxLength(40);
            v.Property(x => x.ExpenditureActual).HasPrecision(18, 2);
            // Covers the report lists (latest version's counts) so that SQLite never reads the wide row: columns stored
            // after ModelJson would cost a walk of its ~200 KB of overflow pages per row.
            v.HasIndex(x => new { x.ReportId, x.Number, x.Errors, x.Warnings, x.Infos, x.Created, x.ContentHash }).HasDatabaseName("IX_ReportVersions_Listing");
            v.OwnsOne(x => x.Digest, d =>
            {
                d.ToTable("VersionDigests");
                d.WithOwner().HasForeignKey("VersionId");
                d.HasKey("VersionId");
                d.Property(x => x.AdjustedBudget).HasPrecision(18, 2);
                d.Property(x => x.ActualExpenditure).HasPrecision(18, 2);
                d.Property(x => x.Grade).HasMaxLength(20);
                d.Property(x => x.StatedGrade).HasMaxLength(20);
            });
            v.Property(x => x.SourceFile).HasMaxLength(300);
            v.HasIndex(x => new { x.Year, x.Department });
        });

        modelBuilder.Entity<StoredFinding>(f =>
        {
            f.ToTable("Findings");
            f.Property(x => x.RuleId).HasMaxLength(20);
            f.Property(x => x.Severity).HasConversion<string>().HasMaxLength(10);
            f.HasOne(x => x.Version).WithMany(v => v.Findings).HasForeignKey(x => x.VersionId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<ActivityEntry>(a =>
        {
            a.ToTable("Activity");
            a.Property(x => x.Action).HasMaxLength(40);
            a.HasIndex(x => x.When);
            a.HasOne<User>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Restrict);
            a.HasOne(x => x.Report).WithMany().HasForeignKey(x => x.ReportId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<WorkflowEvent>(w =>
        {
            w.ToTable("WorkflowEvents");
            w.Property(x => x.From).HasConversion<string>().HasMaxLength(20);
            w.Property(x => x.To).HasConversion<string>().HasMaxLength(20);
            w.Property(x => x.Reason).HasMaxLength(2000);
            w.HasIndex(x => new { x.ReportId, x.When });
            w.HasOne(x => x.Report).WithMany().HasForeignKey(x => x.ReportId).OnDelete(DeleteBehavior.Restrict);
            w.HasOne<User>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<FindingDecision>(d =>
        {
            d.ToTable("FindingDecisions");
            d.Property(x => x.Fingerprint).HasMaxLength(64);
            d.Property(x => x.RuleId).HasMaxLength(20);
            d.Property(x => x.Decision).HasConversion<string>().HasMaxLength(20);
            d.Property(x => x.Text).HasMaxLength(2000);
            d.HasIndex(x => new { x.ReportId, x.Fingerprint });
            d.HasOne(x => x.Report).WithMany().HasForeignKey(x => x.ReportId).OnDelete(DeleteBehavior.Restrict);
            d.HasOne<User>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<Deadline>(d =>
        {
            d.ToTable("Deadlines");
            d.HasKey(x => x.Year);
            d.Property(x => x.Year).ValueGeneratedNever();
            d.HasOne<User>().WithMany().HasForeignKey(x => x.SetById).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<AttachmentBlob>(b =>
        {
            b.ToTable("AttachmentBlobs");
            b.HasKey(x => x.Sha256);
            b.Property(x => x.Sha256).HasMaxLength(64);
        });

        modelBuilder.Entity<Attachment>(a =>
        {
            a.ToTable("Attachments");
            a.Property(x => x.Name).HasMaxLength(AttachmentName.MaxLength);
            a.Property(x => x.Description).HasMaxLength(2000);
            a.Property(x => x.ContentType).HasMaxLength(100);
            a.Property(x => x.Sha256).HasMaxLength(64);
            a.HasIndex(x => x.ReportId);
            a.HasOne(x => x.Report).WithMany().HasForeignKey(x => x.ReportId).OnDelete(DeleteBehavior.Restrict);
            a.HasOne<AttachmentBlob>().WithMany().HasForeignKey(x => x.Sha256).OnDelete(DeleteBehavior.Restrict);
            a.HasOne<User>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<ImportResult>(i =>
        {
            i.ToTable("ImportResults");
            i.Property(x => x.JobKey).HasMaxLength(100);
            i.HasIndex(x => x.JobKey).IsUnique();
            i.Property(x => x.SourceFile).HasMaxLength(1000);
            i.Property(x => x.FileHash).HasMaxLength(64);
            i.Property(x => x.Failure).HasMaxLength(2000);
            i.Property(x => x.Worker).HasMaxLength(200);
            i.HasIndex(x => x.VersionId).IsUnique();
            i.HasOne(x => x.Version).WithMany().HasForeignKey(x => x.VersionId).OnDelete(DeleteBehavior.Restrict);
        });
    }

    private void RefuseRewritingHistory()
    {
        var rewritten = ChangeTracker.Entries()
            .Where(e => e.Entity is ReportVersion or StoredFinding or ActivityEntry or WorkflowEvent or FindingDecision or Attachment or AttachmentBlob or ImportResult)
            .Any(e => e.State is EntityState.Modified or EntityState.Deleted);
        if (rewritten)
        {
            throw new InvalidOperationException("报告版本、发现、对发现的处理、审核流程记录、佐证材料、导入结果和活动日志只能追加，不能修改或删除。");
        }
    }
}
