using System.Text.Json;
using Jixiao.Cli.Commands;
using Jixiao.Data;
using Jixiao.Testing;
using Jixiao.Web;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Cli.Tests;

/// <summary>`jixiao serve`: the app the command runs, started on a free port.</summary>
public sealed class ServeCommandTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public async Task Serve_starts_on_a_free_port_and_answers_healthz()
    {
        var cancel = TestContext.Current.CancellationToken;
        var app = ServeCommand.CreateApp("http://127.0.0.1:0", folder.PathOf("jixiao.db"));
        await using (app)
        {
            await app.StartAsync(cancel);
            var address = Assert.Single(app.Urls);
            Assert.NotEqual(":0", address[address.LastIndexOf(':')..]);
            using var client = new HttpClient { BaseAddress = new Uri(address) };

            var answer = await client.GetStringAsync("/healthz", cancel);

            Assert.Equal("ok", answer);
            Assert.True(File.Exists(folder.PathOf("jixiao.db")));
            await app.StopAsync(cancel);
        }
    }

    [Fact]
    public async Task Serve_takes_the_database_and_addresses_from_the_config_file_under_the_options()
    {
        var cancel = TestContext.Current.CancellationToken;
        var config = folder.PathOf("服务.json");
        var fromFile = folder.PathOf("来自配置文件.db");
        File.WriteAllText(config, JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["db"] = fromFile,
            ["urls"] = "http://127.0.0.1:0",
            ["Session"] = new { Hours = 2 },
        }));

        var app = ServeCommand.CreateApp(null, null, config);
        await using (app)
        {
            await app.StartAsync(cancel);
            using var client = new HttpClient { BaseAddress = new Uri(Assert.Single(app.Urls)) };

            Assert.Equal("ok", await client.GetStringAsync("/healthz", cancel));
            Assert.True(File.Exists(fromFile));
            Assert.Equal(TimeSpan.FromHours(2), app.Services.GetRequiredService<WebSettings>().SessionLifetime);
            await app.StopAsync(cancel);
        }

        var overridden = ServeCommand.CreateApp(null, folder.PathOf("来自选项.db"), config);
        await using (overridden)
        {
            Assert.Equal(folder.PathOf("来自选项.db"), overridden.Services.GetRequiredService<StorageConnection>().SqliteFile);
        }
    }

    [Fact]
    public void A_missing_config_file_is_an_error()
    {
        var missing = folder.PathOf("没有.json");

        var error = Assert.Throws<FileNotFoundException>(() => ServeCommand.CreateApp(null, null, missing));

        Assert.Contains("配置文件不存在", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => folder.Dispose();
}
