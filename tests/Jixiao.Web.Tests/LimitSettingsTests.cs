using Microsoft.Extensions.Configuration;

namespace Jixiao.Web.Tests;

/// <summary>`Limits:*` settings are bound onto the readers' limits, new keys included; a limit not greater than 0 stops the server, naming it.</summary>
public sealed class LimitSettingsTests
{
    [Fact]
    public void Every_limit_is_bound_from_configuration()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Limits:MaxFileBytes"] = "1048576",
            ["Limits:MaxDecompressedBytes"] = "4194304",
            ["Limits:MaxZipEntries"] = "50",
            ["Limits:MaxPdfPages"] = "20",
            ["Limits:MaxPdfObjects"] = "1000",
            ["Limits:MaxHtmlDepth"] = "64",
            ["Limits:MaxReadSeconds"] = "5",
        }).Build();

        var limits = WebSettings.From(configuration).Limits;

        Assert.Equal(
            Documents.ReaderLimits.Default with
            {
                MaxFileBytes = 1048576, MaxDecompressedBytes = 4194304, MaxZipEntries = 50, MaxPdfPages = 20, MaxPdfObjects = 1000, MaxHtmlDepth = 64, MaxReadSeconds = 5,
            },
            limits);
    }

    [Fact]
    public void Limit_not_greater_than_zero_stops_the_server_naming_it()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Limits:MaxZipEntries"] = "0",
            ["Limits:MaxPdfPages"] = "-1",
        }).Build();

        var error = Assert.Throws<InvalidOperationException>(() => WebSettings.From(configuration));

        Assert.Equal("设置有误：Limits:MaxZipEntries、Limits:MaxPdfPages 须大于 0", error.Message);
    }
}
