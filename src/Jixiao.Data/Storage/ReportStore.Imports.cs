using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Storage;

/// <summary>The stored results of import jobs: one per job, enforced by the unique job key.</summary>
public sealed partial class ReportStore
{
    /// <summary>Whether the job already has its stored result (a version or a failure).</summary>
    public async Task<bool> HasImportResultAsync(string jobKey, CancellationToken cancellationToken = default) =>
        await db.ImportResults.AsNoTracking().AnyAsync(r => r.JobKey == jobKey, cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Stores that the job could not store its file, and why; false (nothing written) when the job already has a result.
    /// </summary>
    public async Task<bool> RecordImportFailureAsync(JobReceipt job, string sourceFile, string failure, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        db.ChangeTracker.Clear();
        db.ImportResults.Add(new ImportResult
        {
            JobKey = job.JobKey,
            SourceFile = sourceFile,
            FileHash = job.FileHash,
            Failure = failure,
            Worker = job.Worker,
            Completed = clock.GetUtcNow(),
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (await HasImportResultAsync(job.JobKey, cancellationToken).ConfigureAwait(false))
            {
                return false;
            }

            throw;
        }
    }

    /// <summary>The results of import jobs, oldest first.</summary>
    public async Task<IReadOnlyList<ImportResult>> ImportResultsAsync(CancellationToken cancellationToken = default) =>
        await db.ImportResults.AsNoTracking().OrderBy(r => r.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
}
