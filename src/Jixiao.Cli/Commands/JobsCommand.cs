using System.CommandLine;
using System.Globalization;
using Jixiao.Cli.Inputs;
using Jixiao.Cli.Jobs;
using Jixiao.Data;
using Jixiao.Data.Storage;
using Jixiao.Documents;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace Jixiao.Cli.Commands;

/// <summary>
/// `jixiao jobs submit FILE|DIR|GLOB… --user NAME [--db …]` puts one import job per file into the cluster's queue;
/// `jixiao jobs status [--db …]` counts queued jobs and stored results, per worker, and lists the failures.
/// </summary>
public static class JobsCommand
{
    public static Command Create(CliContext context) => new("jobs", "任务队列（PostgreSQL 上的 Quartz 集群，由 jixiao worker 执行）") { Submit(context), Status(context) };

    private static Command Submit(CliContext context)
    {
        var inputs = new Argument<string[]>("INPUT") { Description = "报告文件、文件夹或通配符", Arity = ArgumentArity.OneOrMore };
        var user = new Option<string>("--user") { Description = "以哪个用户的名义保存（已有的用户名，记为版本的保存人）", Required = true };
        var db = DbOption.Create();
        var command = new Command("submit", "每个文件提交一个导入任务：由工作进程读取、审核，作为其报告的新版本保存") { inputs, user, db };
        command.SetAction((parse, cancellationToken) =>
        {
            var connection = StorageConnection.Parse(parse.GetValue(db));
            return DbOption.Guard(context, connection, async () =>
            {
                var given = parse.GetValue(inputs)!;
                if (InputExpander.Unmatched(given).FirstOrDefault() is { } unmatched)
                {
                    throw new StorageException($"{unmatched}：没有匹配的文件");
                }

                var limit = new ReaderLimits().MaxFileBytes;
                var files = InputExpander.Expand(given);
                foreach (var file in files)
                {
                    if (!File.Exists(file))
                    {
                        throw new StorageException($"{file}：文件不存在，未提交任何任务");
                    }

                    if (new FileInfo(file).Length > limit)
                    {
                        throw new StorageException($"{file}：文件超过 {limit / (1024 * 1024)} MB 的上限，未提交任何任务");
                    }
                }

                await using var dbContext = await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
                var name = parse.GetValue(user)!.Trim();
                var owner = await dbContext.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Name == name, cancellationToken).ConfigureAwait(false)
                    ?? throw new StorageException($"用户“{name}”不存在（先用 jixiao user add 建立）");
                var (scheduler, services) = await JobCluster.CreateAsync(connection, 1, logJobs: false, cancellationToken).ConfigureAwait(false);
                await using (services.ConfigureAwait(false))
                {
                    IReadOnlyList<string> jobs;
                    try
                    {
                        jobs = await JobSubmission.SubmitAsync(scheduler, files, owner, cancellationToken).ConfigureAwait(false);
                    }
                    finally
                    {
                        await scheduler.Shutdown(false, CancellationToken.None).ConfigureAwait(false);
                    }

                    for (var i = 0; i < jobs.Count; i++)
                    {
                        await context.Out.WriteLineAsync($"{jobs[i]}\t{files[i]}").ConfigureAwait(false);
                    }

                    await context.Error.WriteLineAsync($"已提交 {jobs.Count} 个导入任务到 {connection.Display}；由 jixiao worker 执行，用 jixiao jobs status 查看").ConfigureAwait(false);
                    return ExitCodes.Success;
                }
            });
        });
        return command;
    }

    private static Command Status(CliContext context)
    {
        var db = DbOption.Create();
        var command = new Command("status", "任务状况：排队或执行中的任务数，已保存、失败的任务数，各工作进程执行的任务数，以及失败的文件和原因（制表符分隔）") { db };
        command.SetAction((parse, cancellationToken) =>
        {
            var connection = StorageConnection.Parse(parse.GetValue(db));
            return DbOption.Guard(context, connection, async () =>
            {
                var (scheduler, services) = await JobCluster.CreateAsync(connection, 1, logJobs: false, cancellationToken).ConfigureAwait(false);
                await using (services.ConfigureAwait(false))
                {
                    int queued;
                    try
                    {
                        queued = (await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(ImportJob.Group), cancellationToken).ConfigureAwait(false)).Count;
                    }
                    finally
                    {
                        await scheduler.Shutdown(false, CancellationToken.None).ConfigureAwait(false);
                    }

                    await using var dbContext = await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
                    var results = await new ReportStore(dbContext).ImportResultsAsync(cancellationToken).ConfigureAwait(false);
                    await context.Out.WriteLineAsync($"排队或执行中\t{Count(queued)}").ConfigureAwait(false);
                    await context.Out.WriteLineAsync($"已保存\t{Count(results.Count(r => r.VersionId is not null))}").ConfigureAwait(false);
                    await context.Out.WriteLineAsync($"失败\t{Count(results.Count(r => r.Failure is not null))}").ConfigureAwait(false);
                    foreach (var worker in results.GroupBy(r => r.Worker).OrderBy(g => g.Key, StringComparer.Ordinal))
                    {
                        await context.Out.WriteLineAsync($"工作进程 {worker.Key}\t{Count(worker.Count())}").ConfigureAwait(false);
                    }

                    foreach (var failed in results.Where(r => r.Failure is not null))
                    {
                        await context.Out.WriteLineAsync($"失败：{failed.SourceFile}\t{failed.Failure}").ConfigureAwait(false);
                    }

                    return ExitCodes.Success;
                }
            });
        });
        return command;
    }

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}
