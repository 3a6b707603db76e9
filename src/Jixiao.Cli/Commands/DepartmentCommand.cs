using System.CommandLine;
using Jixiao.Data;
using Jixiao.Data.Accounts;

namespace Jixiao.Cli.Commands;

/// <summary>`jixiao department import FILE [--db …]` and `jixiao department list [--db …]`.</summary>
public static class DepartmentCommand
{
    public static Command Create(CliContext context) => new("department", "部门管理") { Import(context), List(context) };

    private static Command Import(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "部门表（.xlsx 或 .csv）：部门名称、上级部门（可选，也可写作主管部门）" };
        var db = DbOption.Create();
        var command = new Command("import", "从 Excel 或 CSV 导入部门及其上级部门（全部检查无误才写入；重复导入不改变数据）") { file, db };
        command.SetAction((parse, cancellationToken) =>
        {
            var connection = StorageConnection.Parse(parse.GetValue(db));
            return DbOption.Guard(context, connection, async () =>
            {
                var path = parse.GetValue(file)!;
                var sheet = RosterSheet.Read(path, path);
                await using var dbContext = await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
                var result = await new DepartmentImport(dbContext).RunAsync(sheet, cancellationToken).ConfigureAwait(false);
                if (await ImportReport.RejectedAsync(context, result).ConfigureAwait(false))
                {
                    return ExitCodes.UnreadableOrUsage;
                }

                await context.Out.WriteLineAsync(
                    $"部门 {result.Added} 新增，{result.Existing} 已存在，{result.Updated} 更新上级部门（{connection.Display}）{ImportReport.Unchanged(result)}").ConfigureAwait(false);
                return ExitCodes.Success;
            });
        });
        return command;
    }

    private static Command List(CliContext context)
    {
        var db = DbOption.Create();
        var command = new Command("list", "列出部门：名称、上级部门、用户数（制表符分隔）") { db };
        command.SetAction((parse, cancellationToken) =>
        {
            var connection = StorageConnection.Parse(parse.GetValue(db));
            return DbOption.Guard(context, connection, async () =>
            {
                await using var dbContext = await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
                await context.Out.WriteLineAsync("部门名称\t上级部门\t用户数").ConfigureAwait(false);
                foreach (var d in await new AccountListing(dbContext).DepartmentsAsync(cancellationToken).ConfigureAwait(false))
                {
                    await context.Out.WriteLineAsync($"{d.Name}\t{d.Parent}\t{d.Users}").ConfigureAwait(false);
                }

                return ExitCodes.Success;
            });
        });
        return command;
    }
}
