using System.CommandLine;
using Jixiao.Data;
using Jixiao.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Jixiao.Cli.Commands;

/// <summary>
/// `jixiao serve [--config FILE] [--urls URL] [--db PATH|CONNSTRING]`: the JSON API (docs/api.md) until Ctrl+C; the
/// options override the configuration file and the environment (docs/configuration.md).
/// </summary>
public static class ServeCommand
{
    public static Command Create(CliContext context)
    {
        var config = new Option<string?>("--config") { Description = $"配置文件（JSON，见 docs/configuration.md）；不给时读当前目录下的 {WebConfiguration.DefaultFile}（如有）" };
        var urls = new Option<string?>("--urls") { Description = $"监听地址，多个用分号隔开（默认 {JixiaoWeb.DefaultUrls}）" };
        var db = DbOption.Create();
        var command = new Command("serve", "启动 Web 服务（JSON API，见 docs/api.md），按 Ctrl+C 停止") { config, urls, db };
        command.SetAction(async (parse, cancellationToken) =>
        {
            WebApplication app;
            try
            {
                app = CreateApp(parse.GetValue(urls), parse.GetValue(db), parse.GetValue(config));
            }
            catch (Exception e) when (e is FileNotFoundException or InvalidDataException)
            {
                await context.Error.WriteLineAsync($"无法读取配置文件：{JixiaoApp.OneLine(e.Message)}").ConfigureAwait(false);
                return ExitCodes.UnreadableOrUsage;
            }

            await using (app.ConfigureAwait(false))
            {
                var connection = app.Services.GetRequiredService<StorageConnection>();
                return await DbOption.Guard(context, connection, async () =>
                {
                    await app.StartAsync(cancellationToken).ConfigureAwait(false);
                    await context.Error.WriteLineAsync($"Jixiao 服务已启动：{string.Join(' ', app.Urls)}（{connection.Display}），按 Ctrl+C 停止").ConfigureAwait(false);
                    await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
                    return ExitCodes.Success;
                }).ConfigureAwait(false);
            }
        });
        return command;
    }

    /// <summary>
    /// The app `serve` runs, not yet started: the options given are passed as command-line settings, above the
    /// configuration file <paramref name="config"/> (else ./jixiao.json) and the environment.
    /// </summary>
    internal static WebApplication CreateApp(string? urls, string? db, string? config = null)
    {
        var args = new List<string>();
        foreach (var (name, value) in new[] { ("--urls", urls), ("--db", db), ("--config", config) })
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                args.Add(name);
                args.Add(value);
            }
        }

        return JixiaoWeb.Build(WebApplication.CreateBuilder(args.ToArray()));
    }
}
