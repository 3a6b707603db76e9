using System.CommandLine;
using Jixiao.Cli.Jobs;
using Jixiao.Data;

namespace Jixiao.Cli.Commands;

/// <summary>
/// `jixiao worker [--db CONNSTRING] [--threads N]`: one node of the Quartz cluster on PostgreSQL (<see cref="JobCluster"/>)
/// that runs submitted import jobs until Ctrl+C; start as many as wanted, on any machines that reach the database.
/// </summary>
public static class WorkerCommand
{
    public static Command Create(CliContext context)
    {
        var db = DbOption.Create();
        var threads = new Option<int>("--threads") { Description = "同时执行的任务数（默认 2）", DefaultValueFactory = _ => 2 };
        var command = new Command("worker", "作为任务集群的一个节点执行导入任务（需要 PostgreSQL，可在多台机器上各启动几个），按 Ctrl+C 停止") { db, threads };
        command.SetAction((parse, cancellationToken) =>
        {
            var connection = StorageConnection.Parse(parse.GetValue(db));
            return DbOption.Guard(context, connection, async () =>
            {
                var count = parse.GetValue(threads);
                if (count is < 1 or > 64)
                {
                    throw new StorageException($"--threads {count}：应为 1 到 64");
                }

                var (scheduler, services) = await JobCluster.CreateAsync(connection, count, logJobs: true, cancellationToken).ConfigureAwait(false);
                await using (services.ConfigureAwait(false))
                {
                    await scheduler.Start(cancellationToken).ConfigureAwait(false);
                    await context.Error.WriteLineAsync($"工作进程 {scheduler.SchedulerInstanceId} 已启动（{connection.Display}，{count} 个线程），按 Ctrl+C 停止").ConfigureAwait(false);
                    try
                    {
                        await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException)
                    {
                        await scheduler.Shutdown(true, CancellationToken.None).ConfigureAwait(false);
                    }

                    await context.Error.WriteLineAsync($"工作进程 {scheduler.SchedulerInstanceId} 已停止").ConfigureAwait(false);
                    return ExitCodes.Success;
                }
            });
        });
        return command;
    }
}
