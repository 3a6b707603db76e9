using System.CommandLine;
using Jixiao.Data;
using Jixiao.Data.Accounts;
using Jixiao.Data.Entities;
using Jixiao.Data.Storage;

namespace Jixiao.Cli.Commands;

/// <summary>
/// `jixiao user add NAME --role admin|reviewer|department [--department NAME] [--password-stdin] [--db …]`, `jixiao user list`,
/// and the subcommands of <see cref="UserImportCommand"/> and <see cref="UserTokenCommands"/>.
/// </summary>
public static class UserCommand
{
    /// <summary>Printed before a newly issued token: the only time it is shown.</summary>
    public const string TokenLabel = "API 令牌（只显示这一次，请妥善保存）：";

    public static Command Create(CliContext context) => new("user", "用户管理")
    {
        Add(context), UserImportCommand.Create(context), List(context), UserTokenCommands.Issue(context), UserTokenCommands.Revoke(context),
    };

    private static Command Add(CliContext context)
    {
        var name = new Argument<string>("NAME") { Description = "用户名（登录名）" };
        var role = new Option<string>("--role") { Description = "角色：admin（管理员）| reviewer（审核人）| department（部门用户）", Required = true };
        var department = new Option<string?>("--department") { Description = "所属部门（部门用户必填；不存在时自动创建）" };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "从标准输入读取密码（一行）" };
        var db = DbOption.Create();
        var command = new Command("add", "新增用户，并打印一次 API 令牌") { name, role, department, passwordStdin, db };
        command.SetAction((parse, cancellationToken) =>
        {
            var connection = StorageConnection.Parse(parse.GetValue(db));
            return DbOption.Guard(context, connection, async () =>
            {
                var roleName = parse.GetValue(role)!;
                var parsedRole = UserRoleNames.Parse(roleName) ?? throw new StorageException($"未知角色“{roleName}”：应为 admin、reviewer 或 department");
                if (parsedRole == UserRole.Department && string.IsNullOrWhiteSpace(parse.GetValue(department)))
                {
                    throw new StorageException($"部门用户“{parse.GetValue(name)}”须用 --department 指明所属部门");
                }

                string? password = null;
                if (parse.GetValue(passwordStdin))
                {
                    password = (await context.In.ReadLineAsync(cancellationToken).ConfigureAwait(false))?.TrimEnd('\r');
                    if (string.IsNullOrEmpty(password))
                    {
                        throw new StorageException("--password-stdin：标准输入没有密码");
                    }
                }

                await using var dbContext = await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
                var store = new ReportStore(dbContext);
                var user = await store.AddUserAsync(parse.GetValue(name)!, parsedRole, parse.GetValue(department), password, cancellationToken).ConfigureAwait(false);
                var token = await store.IssueTokenAsync(user, cancellationToken).ConfigureAwait(false);
                await context.Error.WriteLineAsync($"已创建用户“{user.Name}”（{UserRoleNames.Chinese(user.Role)}）于 {connection.Display}").ConfigureAwait(false);
                await context.Out.WriteLineAsync(TokenLabel + token).ConfigureAwait(false);
                return ExitCodes.Success;
            });
        });
        return command;
    }

    private static Command List(CliContext context)
    {
        var db = DbOption.Create();
        var command = new Command("list", "列出用户：用户名、角色、部门、有无密码、是否锁定、有效令牌数（制表符分隔）") { db };
        command.SetAction((parse, cancellationToken) =>
        {
            var connection = StorageConnection.Parse(parse.GetValue(db));
            return DbOption.Guard(context, connection, async () =>
            {
                await using var dbContext = await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
                await context.Out.WriteLineAsync("用户名\t角色\t部门\t密码\t锁定\t有效令牌").ConfigureAwait(false);
                foreach (var u in await new AccountListing(dbContext).UsersAsync(cancellationToken).ConfigureAwait(false))
                {
                    await context.Out.WriteLineAsync(
                        $"{u.Name}\t{UserRoleNames.Chinese(u.Role)}\t{u.Department}\t{(u.HasPassword ? "有" : "无")}\t{(u.Locked ? "是" : "否")}\t{u.ActiveTokens}").ConfigureAwait(false);
                }

                return ExitCodes.Success;
            });
        });
        return command;
    }
}
