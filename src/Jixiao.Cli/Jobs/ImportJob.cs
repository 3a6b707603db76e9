using System.Security.Cryptography;
using Jixiao.Data;
using Jixiao.Data.Storage;
using Jixiao.Documents;
using Jixiao.Documents.Loading;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Jixiao.Cli.Jobs;

/// <summary>
/// One submitted file: read it by content, audit it and append it as a new version of its report with its findings
/// (<see cref="AuditedDraft"/>, as a web upload does), storing the job's result in the same transaction. The file travels
/// in the job's data, so a worker on any machine can run it. The job requests recovery: when its worker dies, another
/// runs it again, and the unique job key makes the second run store nothing (<see cref="JobAlreadyDoneException"/>).
/// A file that cannot be stored gets a failure result instead; a conflicting save to the same report runs again at
/// once. Any other error (the database gone) fails the run as Quartz reports it, with no result stored.
/// </summary>
public sealed class ImportJob(StorageConnection connection, ILogger<ImportJob> log) : IJob
{
    public const string Group = "import";

    public const string FileKey = "file";

    public const string ContentKey = "content";

    public const string UserKey = "user";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var data = context.MergedJobDataMap;
        var file = data.GetString(FileKey) ?? string.Empty;
        var bytes = Convert.FromBase64String(data.GetString(ContentKey) ?? string.Empty);
        var userId = data.GetInt(UserKey);
        var receipt = new JobReceipt(context.JobDetail.Key.Name, Convert.ToHexStringLower(SHA256.HashData(bytes)), context.Scheduler.SchedulerInstanceId);

        await using var db = await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        var store = new ReportStore(db);
        if (await store.HasImportResultAsync(receipt.JobKey, cancellationToken).ConfigureAwait(false))
        {
            log.AlreadyDone(receipt.Worker, receipt.JobKey, file);
            return;
        }

        var user = await store.FindUserAsync(userId, cancellationToken).ConfigureAwait(false);
        var (report, failure) = new ReportLoader(new ReaderLimits()).Load(Path.GetFileName(file), bytes);
        if (user is null || report is null)
        {
            var why = user is null ? $"提交任务的用户（id {userId}）已不存在" : failure!.ToString();
            await store.RecordImportFailureAsync(receipt, file, why, cancellationToken).ConfigureAwait(false);
            log.Failed(receipt.Worker, receipt.JobKey, file, why);
            return;
        }

        var (draft, _) = AuditedDraft.Of(report, Path.GetFileName(file), job: receipt);
        try
        {
            var version = await store.SaveVersionAsync(draft, user, cancellationToken).ConfigureAwait(false);
            log.Saved(receipt.Worker, receipt.JobKey, file, version.ReportId, version.Number);
        }
        catch (ConcurrentModificationException e)
        {
            // Another version of the same report was appended meanwhile: run again, after whatever is latest now.
            throw new JobExecutionException(e) { RefireImmediately = true };
        }
        catch (JobAlreadyDoneException)
        {
            log.AlreadyDone(receipt.Worker, receipt.JobKey, file);
        }
        catch (StorageException e)
        {
            await store.RecordImportFailureAsync(receipt, file, e.Message, cancellationToken).ConfigureAwait(false);
            log.Failed(receipt.Worker, receipt.JobKey, file, e.Message);
        }
    }
}
