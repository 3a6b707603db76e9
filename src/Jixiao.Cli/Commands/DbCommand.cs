using System.CommandLine;
using Jixiao.Data;
using Jixiao.Data.Backup;
using Jixiao.Data.Storage;

namespace Jixiao.Cli.Commands;

/// <summary>`jixiao db migrate|backup FILE|restore FILE [--db …]`: storage maintenance.</summary>
public static class DbCommand
{
    public static Command Create(CliContext context) => new("db", "数据库维护") { Migrate(context), Backup(context), Restore(context) };

    private static Command Migrate(CliContext context)
    {
        var db = DbOption.Create();
        var command = new Command("migrate", "把数据库升级到本版本的表结构（新数据库从零建起），并为缺少看板摘要的旧版本补算摘要") { db };
        command.SetAction((parse, cancellationToken) =>
        {
            var connection = StorageConnection.Parse(parse.GetValue(db));
            return DbOption.Guard(context, connection, async () =>
            {
                var applied = await connection.MigrateAsync(cancellationToken).ConfigureAwait(false);
                await context.Out.WriteLineAsync(applied.Count == 0
                    ? $"{connection.Display} 已是最新的表结构"
                    : $"{connection.Display} 已应用 {applied.Count} 个迁移：{string.Join("、", applied)}").ConfigureAwait(false);
                await using var db = await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
                if (await new ReportStore(db).FillDigestsAsync(cancellationToken).ConfigureAwait(false) is > 0 and var digested)
                {
                    await context.Out.WriteLineAsync($"已为 {digested} 个旧版本计算并保存看板摘要").ConfigureAwait(false);
                }
                return ExitCodes.Success;
            });
        });
        return command;
    }

    private static Command Backup(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "备份文件（.zip；不覆盖已有文件）" };
        var db = DbOption.Create();
        var command = new Command("backup", "把整个数据库备份到一个文件（在一个事务中读取，SQLite 与 PostgreSQL 通用）") { file, db };
        command.SetAction((parse, cancellationToken) =>
        {
            var connection = StorageConnection.Parse(parse.GetValue(db));
            return DbOption.Guard(context, connection, async () =>
            {
                var path = parse.GetValue(file)!;
                var manifest = await new DatabaseBackup(connection).WriteAsync(path, cancellationToken).ConfigureAwait(false);
                await context.Out.WriteLineAsync($"已把 {connection.Display} 备份到 {path}（表结构 {manifest.Schema}）：{manifest.Summary}").ConfigureAwait(false);
                return ExitCodes.Success;
            });
        });
        return command;
    }

    private static Command Restore(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "jixiao db backup 写出的备份文件" };
        var db = DbOption.Create();
        var command = new Command("restore", "把备份恢复到一个空的数据库（在一个事务中写入，保留原有 id；已有数据的数据库拒绝恢复）") { file, db };
        command.SetAction((parse, cancellationToken) =>
        {
            var connection = StorageConnection.Parse(parse.GetValue(db));
            return DbOption.Guard(context, connection, async () =>
            {
                var path = parse.GetValue(file)!;
                var manifest = await new DatabaseRestore(connection).RestoreAsync(path, cancellationToken).ConfigureAwait(false);
                await context.Out.WriteLineAsync($"已把 {path} 恢复到 {connection.Display}（表结构 {manifest.Schema}）：{manifest.Summary}").ConfigureAwait(false);
                return ExitCodes.Success;
            });
        });
        return command;
    }
}
