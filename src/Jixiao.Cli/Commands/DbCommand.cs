using System.CommandLine;
using Jixiao.Data;

namespace Jixiao.Cli.Commands;

/// <summary>`jixiao db migrate [--db …]`: storage maintenance.</summary>
public static class DbCommand
{
    public static Command Create(CliContext context) => new("db", "数据库维护") { Migrate(context) };

    private static Command Migrate(CliContext context)
    {
        var db = DbOption.Create();
        var command = new Command("migrate", "把数据库升级到本版本的表结构（新数据库从零建起）") { db };
        command.SetAction((parse, cancellationToken) =>
        {
            var connection = StorageConnection.Parse(parse.GetValue(db));
            return DbOption.Guard(context, connection, async () =>
            {
                var applied = await connection.MigrateAsync(cancellationToken).ConfigureAwait(false);
                await context.Out.WriteLineAsync(applied.Count == 0
                    ? $"{connection.Display} 已是最新的表结构"
                    : $"{connection.Display} 已应用 {applied.Count} 个迁移：{string.Join("、", applied)}").ConfigureAwait(false);
                return ExitCodes.Success;
            });
        });
        return command;
    }
}
