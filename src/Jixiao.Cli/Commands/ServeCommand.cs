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
        command.SetAction((parse, cancellationToken) => RunAsync(context, parse.GetValue(urls), parse.GetValue(db), parse.GetValue(config), started: null, cancellationToken));
        return command;
    }

    /// <summary>
    /// Builds the app (<see cref="CreateApp"/>), starts it, says where it listens, runs <paramref name="started"/> (e.g. to
    /// print the demo accounts) and serves until Ctrl+C. A bad configuration file or a storage problem is one line on
    /// stderr and exit code 2.
    /// </summary>
    internal static async Task<int> RunAsync(
        CliContext context, string? urls, string? db, string? config, Func<WebApplication, Task>? started, CancellationToken cancellationToken)
    {
        WebApplication app;
        try
        {
            app = CreateApp(urls, db, config);
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
                if (started is not null)
                {
                    await started(app).ConfigureAwait(false);
                }

                await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
                return ExitCodes.Success;
            }).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The app `serve` runs, not yet started: the options given are passed as command-line settings, above the
    /// configuration file <paramref name="config"/> (else ./jixiao.json) and the environment. The application is named after
    /// Jixiao.Web so that MVC finds the workbench's Razor pages there rather than in this assembly.
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

        return JixiaoWeb.Build(WebApplication.CreateBuilder(new WebApplicationOptions { Args = [.. args], ApplicationName = typeof(JixiaoWeb).Assembly.GetName().Name }));
    }
}
