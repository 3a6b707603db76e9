using Jixiao.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Jixiao.Cli.Jobs;

/// <summary>
/// The Quartz.NET scheduler every Jixiao process shares through PostgreSQL: the clustered ADO.NET job store on the
/// <c>qrtz_</c> tables (created by the PostgreSQL migration <c>ImportJobs</c>), scheduler name <c>jixiao</c>, instance id
/// AUTO (host name + time), database row locks, an idle node polls for new jobs every second, check-in every 2 s; a node silent for 5 s more is taken as dead and the
/// jobs it was running are recovered by another. A worker starts it; <c>jobs submit</c> and <c>jobs status</c> use it
/// unstarted, as a client of the store.
/// </summary>
public static class JobCluster
{
    public const string SchedulerName = "jixiao";

    public const string TablePrefix = "qrtz_";

    /// <summary>How often an idle worker looks for jobs submitted by another process (Quartz's default is 30 s).</summary>
    public static readonly TimeSpan IdleWait = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The scheduler for this database, not started, with <paramref name="threads"/> jobs at most at a time; with
    /// <paramref name="logJobs"/>, each job's outcome (and Quartz's warnings) is logged as one line on stderr. SQLite has
    /// no cluster: <see cref="StorageException"/> in one Chinese line.
    /// </summary>
    public static async Task<(IScheduler Scheduler, ServiceProvider Services)> CreateAsync(
        StorageConnection connection, int threads, bool logJobs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (connection.Provider != StorageProvider.Postgres)
        {
            throw new StorageException(
                $"任务队列需要 PostgreSQL（--db Host=…）：{connection.Display} 是 SQLite 文件，不能由几台机器共用；单机请直接用 jixiao audit，或用 jixiao serve 上传");
        }

        var services = new ServiceCollection();
        services.AddLogging(logging =>
        {
            if (logJobs)
            {
                logging.AddSimpleConsole(o =>
                {
                    o.SingleLine = true;
                    o.TimestampFormat = "HH:mm:ss ";
                });
                logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
                logging.AddFilter("Quartz", LogLevel.Warning);
            }
        });
        services.AddSingleton(connection);
        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(s =>
            {
                s.InstanceName = SchedulerName;
                s.GenerateInstanceId = true;
                s.IdleWaitTime = IdleWait;
            });
            q.UseDefaultThreadPool(threads);
            q.UsePersistentStore(store =>
            {
                store.UsePostgres(connection.ConnectionString);
                store.ConfigureStore(o =>
                {
                    o.TablePrefix = TablePrefix;
                    o.StoreJobDataAsStrings = true;
                    o.SchemaProvisioning = SchemaProvisioning.Validate;
                });
                store.UseClustering(c =>
                {
                    c.CheckinInterval = TimeSpan.FromSeconds(2);
                    c.CheckinMisfireThreshold = TimeSpan.FromSeconds(5);
                });
            });
        });
        var provider = services.BuildServiceProvider();
        try
        {
            var scheduler = await provider.GetRequiredService<ISchedulerFactory>().GetScheduler(cancellationToken).ConfigureAwait(false);
            return (scheduler, provider);
        }
        catch
        {
            await provider.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
