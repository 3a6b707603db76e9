using Jixiao.Cli.Commands;
using Jixiao.Testing;

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

    public void Dispose() => folder.Dispose();
}
