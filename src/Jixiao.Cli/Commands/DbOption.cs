using System.CommandLine;
using Jixiao.Data;

namespace Jixiao.Cli.Commands;

/// <summary>--db: a SQLite file path or a PostgreSQL connection string (default ConnectionStrings__Jixiao, else ./jixiao.db).</summary>
public static class DbOption
{
    public static Option<string?> Create() => new("--db")
    {
        Description = $"数据库：SQLite 文件路径或 PostgreSQL 连接串（Host=…）；默认取环境变量 {StorageConnection.EnvironmentVariable}，否则 ./{StorageConnection.DefaultFile}",
    };

    /// <summary>Runs a storage action; a storage or connection problem becomes one Chinese line on stderr and exit code 2.</summary>
    public static async Task<int> Guard(CliContext context, StorageConnection connection, Func<Task<int>> action)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (StorageException e)
        {
            await context.Error.WriteLineAsync(e.Message).ConfigureAwait(false);
            return ExitCodes.UnreadableOrUsage;
        }
        catch (Microsoft.EntityFrameworkCore.DbUpdateException e)
        {
            await context.Error.WriteLineAsync($"无法写入数据库（{connection.Display}），未写入任何数据：{JixiaoApp.OneLine((e.InnerException ?? e).Message)}").ConfigureAwait(false);
            return ExitCodes.UnreadableOrUsage;
        }
        catch (System.Data.Common.DbException e)
        {
            await context.Error.WriteLineAsync($"无法使用数据库（{connection.Display}）：{JixiaoApp.OneLine(e.Message)}").ConfigureAwait(false);
            return ExitCodes.UnreadableOrUsage;
        }
    }
}
