using System.CommandLine;
using Jixiao.Data;
using Jixiao.Data.Accounts;

namespace Jixiao.Cli.Commands;

/// <summary>`jixiao user token NAME [--db …]` (a new API token, printed once) and `jixiao user revoke-token NAME [--token-stdin] [--db …]`.</summary>
public static class UserTokenCommands
{
    public static Command Issue(CliContext context)
    {
        var name = new Argument<string>("NAME") { Description = "用户名" };
        var db = DbOption.Create();
        var command = new Command("token", "为用户签发新的 API 令牌，并打印一次（原有令牌仍有效，需要时用 revoke-token 吊销）") { name, db };
        command.SetAction((parse, cancellationToken) =>
        {
            var connection = StorageConnection.Parse(parse.GetValue(db));
            return DbOption.Guard(context, connection, async () =>
            {
                await using var dbContext = await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
                var token = await new TokenAdministration(dbContext).IssueAsync(parse.GetValue(name)!, cancellationToken).ConfigureAwait(false);
                await context.Error.WriteLineAsync($"已为用户“{parse.GetValue(name)!.Trim()}”签发新的 API 令牌（{connection.Display}）").ConfigureAwait(false);
                await context.Out.WriteLineAsync(UserCommand.TokenLabel + token).ConfigureAwait(false);
                return ExitCodes.Success;
            });
        });
        return command;
    }

    public static Command Revoke(CliContext context)
    {
        var name = new Argument<string>("NAME") { Description = "用户名" };
        var tokenStdin = new Option<bool>("--token-stdin") { Description = "只吊销从标准输入读入的这一个令牌（一行）；不给时吊销该用户的全部令牌" };
        var db = DbOption.Create();
        var command = new Command("revoke-token", "吊销用户的 API 令牌（默认全部），吊销后立即失效") { name, tokenStdin, db };
        command.SetAction((parse, cancellationToken) =>
        {
            var connection = StorageConnection.Parse(parse.GetValue(db));
            return DbOption.Guard(context, connection, async () =>
            {
                var user = parse.GetValue(name)!.Trim();
                string? token = null;
                if (parse.GetValue(tokenStdin))
                {
                    token = (await context.In.ReadLineAsync(cancellationToken).ConfigureAwait(false))?.Trim();
                    if (string.IsNullOrEmpty(token))
                    {
                        throw new StorageException("--token-stdin：标准输入没有令牌");
                    }
                }

                await using var dbContext = await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
                var administration = new TokenAdministration(dbContext);
                if (token is not null)
                {
                    if (!await administration.RevokeAsync(user, token, cancellationToken).ConfigureAwait(false))
                    {
                        throw new StorageException($"这个令牌不是用户“{user}”的有效令牌（未知或已吊销）");
                    }

                    await context.Out.WriteLineAsync($"已吊销用户“{user}”的 1 个 API 令牌").ConfigureAwait(false);
                    return ExitCodes.Success;
                }

                var revoked = await administration.RevokeAllAsync(user, cancellationToken).ConfigureAwait(false);
                await context.Out.WriteLineAsync(revoked == 0 ? $"用户“{user}”没有有效的 API 令牌" : $"已吊销用户“{user}”的 {revoked} 个 API 令牌").ConfigureAwait(false);
                return ExitCodes.Success;
            });
        });
        return command;
    }
}
