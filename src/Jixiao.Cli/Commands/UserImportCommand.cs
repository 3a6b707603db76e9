using System.CommandLine;
using System.Text;
using Jixiao.Audit.Output;
using Jixiao.Data;
using Jixiao.Data.Accounts;

namespace Jixiao.Cli.Commands;

/// <summary>
/// `jixiao user import FILE [--tokens-out FILE] [--db …]`: users from .xlsx or .csv, all or nothing. Each new user's
/// API token is printed once as a tab-separated table on stdout, or written to a new CSV file (UTF-8 with BOM, so
/// Excel opens it; readable by its owner only) for the administrator to hand out.
/// </summary>
public static class UserImportCommand
{
    private static readonly string[] TokenColumns = ["用户名", "角色", "部门", "API令牌"];

    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "用户表（.xlsx 或 .csv）：用户名、角色（管理员/审核人/部门用户）、部门、初始密码（可选）" };
        var tokensOut = new Option<string?>("--tokens-out") { Description = "把新用户的 API 令牌写到这个新的 CSV 文件（不覆盖已有文件），而不打印" };
        var db = DbOption.Create();
        var command = new Command("import", "从 Excel 或 CSV 导入用户，为每个新用户签发 API 令牌（全部检查无误才写入；重复导入不改变数据）") { file, tokensOut, db };
        command.SetAction((parse, cancellationToken) =>
        {
            var connection = StorageConnection.Parse(parse.GetValue(db));
            return DbOption.Guard(context, connection, async () =>
            {
                var path = parse.GetValue(file)!;
                var output = parse.GetValue(tokensOut);
                if (output is not null && File.Exists(output))
                {
                    throw new StorageException($"{output} 已存在：令牌文件不覆盖已有文件");
                }

                var sheet = RosterSheet.Read(path, path);
                await using var dbContext = await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
                var result = await new UserImport(dbContext).RunAsync(sheet, cancellationToken).ConfigureAwait(false);
                if (await ImportReport.RejectedAsync(context, result).ConfigureAwait(false))
                {
                    return ExitCodes.UnreadableOrUsage;
                }

                var rows = result.Tokens.Select(t => new[] { t.User, UserRoleNames.Chinese(t.Role), t.Department ?? string.Empty, t.Token }).ToList();
                var where = string.Empty;
                if (output is not null && rows.Count > 0)
                {
                    await WriteTokenFileAsync(output, rows, cancellationToken).ConfigureAwait(false);
                    where = $"；新用户的 API 令牌已写入 {output}";
                }
                else if (rows.Count > 0)
                {
                    foreach (var row in rows.Prepend(TokenColumns))
                    {
                        await context.Out.WriteLineAsync(string.Join('\t', row)).ConfigureAwait(false);
                    }

                    where = "；新用户的 API 令牌只显示这一次，请妥善保存";
                }

                await context.Error.WriteLineAsync($"用户 {result.Added} 新增，{result.Existing} 已存在（{connection.Display}）{ImportReport.Unchanged(result)}{where}").ConfigureAwait(false);
                return ExitCodes.Success;
            });
        });
        return command;
    }

    private static async Task WriteTokenFileAsync(string path, List<string[]> rows, CancellationToken cancellationToken)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        var text = string.Join("\r\n", rows.Prepend(TokenColumns).Select(Csv.Line)) + "\r\n";
        try
        {
            await using var stream = new FileStream(path, options);
            await stream.WriteAsync(Encoding.UTF8.GetPreamble(), cancellationToken).ConfigureAwait(false);
            await stream.WriteAsync(Encoding.UTF8.GetBytes(text), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StorageException($"用户已导入，但无法写入令牌文件 {path}（{e.Message}）：请用 jixiao user token 用户名 为新用户重新签发令牌", e);
        }
    }
}
