using Jixiao.Documents.Loading;
using Jixiao.Domain.Reports;

namespace Jixiao.Testing;

/// <summary>The reference report read once from ../shared for the tests that check what is read from it.</summary>
public static class TianheSample
{
    private static readonly Lazy<Report> Read = new(() =>
    {
        var (report, failure) = new ReportLoader().Load(SharedFiles.SamplePath);
        Assert.Null(failure);
        return report!;
    });

    /// <summary>The sample as read; skips (locally) or fails (CI) when ../shared is missing.</summary>
    public static Report Report
    {
        get
        {
            _ = SharedFiles.SamplePath;
            return Read.Value;
        }
    }
}
