using System.CommandLine;
using Jixiao.Data;
using Jixiao.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;

namespace Jixiao.Cli.Commands;

/// <summary>`jixiao serve [--urls URL] [--db PATH|CONNSTRING]`: the JSON API (docs/api.md) until Ctrl+C.</summary>
public static class ServeCommand
{
    public const string DefaultUrls = "http://127.0.0.1:5000";

    public static Command Create(CliContext context)
    {
        var urls = new Option<string?>("--urls") { Description = $"监听地址，多个用分号隔开（默认 {DefaultUrls}）" };
        var db = DbOption.Create();
        var command = new Command("serve", "启动 Web 服务（JSON API，见 docs/api.md），按 Ctrl+C 停止") { urls, db };
        command.SetAction((parse, cancellationToken) =>
        {
            var connection = StorageConnection.Parse(parse.GetValue(db));
            return DbOption.Guard(context, connection, async () =>
            {
                var app = CreateApp(parse.GetValue(urls), parse.GetValue(db));
                await using (app.ConfigureAwait(false))
                {
                    await app.StartAsync(cancellationToken).ConfigureAwait(false);
                    await context.Error.WriteLineAsync($"Jixiao 服务已启动：{string.Join(' ', app.Urls)}（{connection.Display}），按 Ctrl+C 停止").ConfigureAwait(false);
                    await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
                    return ExitCodes.Success;
                }
            });
        });
        return command;
    }

    /// <summary>The app `serve` runs, not yet started: the API's host on <paramref name="urls"/> over the database <paramref name="db"/>.</summary>
    internal static WebApplication CreateApp(string? urls, string? db)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls(string.IsNullOrWhiteSpace(urls) ? DefaultUrls : urls);
        if (!string.IsNullOrWhiteSpace(db))
        {
            builder.Configuration[JixiaoWeb.DbSetting] = db;
        }

        return JixiaoWeb.Build(builder);
    }
}
