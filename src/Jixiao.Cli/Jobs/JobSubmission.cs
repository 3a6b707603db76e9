using System.Globalization;
using Jixiao.Data.Entities;
using Quartz;

namespace Jixiao.Cli.Jobs;

/// <summary>
/// Puts one <see cref="ImportJob"/> per file into the cluster's job store (group <c>import</c>, a unique job name per
/// file, a trigger that fires at once, recovery requested). The file's bytes go into the job's data, so the worker need
/// not see the submitter's disk.
/// </summary>
public static class JobSubmission
{
    /// <summary>Files read and scheduled together, so that a large batch is never held in memory at once.</summary>
    public const int ChunkSize = 100;

    /// <summary>
    /// Schedules the files as import jobs run as <paramref name="user"/>, <see cref="ChunkSize"/> at a time; returns the
    /// job names in file order.
    /// </summary>
    public static async Task<IReadOnlyList<string>> SubmitAsync(IScheduler scheduler, IReadOnlyList<string> files, User user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(user);
        var names = new List<string>();
        foreach (var chunk in files.Chunk(ChunkSize))
        {
            var jobs = new Dictionary<IJobDetail, IReadOnlyCollection<ITrigger>>();
            foreach (var file in chunk)
            {
                var name = $"import-{Guid.NewGuid():N}";
                var content = await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false);
                var job = JobBuilder.Create<ImportJob>()
                    .WithIdentity(name, ImportJob.Group)
                    .UsingJobData(ImportJob.FileKey, file)
                    .UsingJobData(ImportJob.ContentKey, Convert.ToBase64String(content))
                    .UsingJobData(ImportJob.UserKey, user.Id.ToString(CultureInfo.InvariantCulture))
                    .RequestRecovery()
                    .Build();
                var trigger = TriggerBuilder.Create().WithIdentity(name, ImportJob.Group).ForJob(job).StartNow().Build();
                jobs.Add(job, [trigger]);
                names.Add(name);
            }

            await scheduler.ScheduleJobs(jobs, cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        return names;
    }
}
