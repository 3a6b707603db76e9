using Jixiao.Documents.Loading;
using Jixiao.Domain.Reports;

namespace Jixiao.Documents.Tests.Hostile;

/// <summary>
/// Runs a reader on a hostile input with a generous hang guard (30 s) and checks the one contract every reader keeps:
/// nothing thrown, and either a report whose reading problems are Chinese sentences or one Chinese line naming the file.
/// </summary>
internal static class HostileGuard
{
    public static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    /// <summary>The result of <paramref name="work"/>, failing the test when it takes longer than <see cref="HangGuard"/>.</summary>
    public static async Task<T> Within<T>(Func<T> work)
    {
        var ct = TestContext.Current.CancellationToken;
        var task = Task.Run(work, ct);
        var finished = await Task.WhenAny(task, Task.Delay(HangGuard, ct));
        Assert.True(finished == task, $"still running after {HangGuard.TotalSeconds} s: a reader hangs");
        return await task;
    }

    public static Task<(Report? Report, LoadFailure? Failure)> Load(string name, byte[] bytes, ReaderLimits? limits = null) =>
        Within(() => new ReportLoader(limits ?? ReaderLimits.Default).Load(name, bytes));

    /// <summary>Asserts one Chinese line naming the file, without a stack trace, and returns its message.</summary>
    public static string AssertFailure((Report? Report, LoadFailure? Failure) result, string fileName)
    {
        Assert.Null(result.Report);
        var failure = Assert.IsType<LoadFailure>(result.Failure);
        Assert.Equal(ReadingCodes.Unreadable, failure.Code);
        var line = failure.ToString();
        Assert.StartsWith(fileName + "：", line);
        Assert.DoesNotContain('\n', line);
        Assert.DoesNotContain("Exception", line);
        Assert.DoesNotContain("   at ", line);
        AssertChinese(failure.Message);
        return failure.Message;
    }

    /// <summary>Asserts a report or a failure, never an exception, each in Chinese.</summary>
    public static void AssertReadOrRefused((Report? Report, LoadFailure? Failure) result, string fileName)
    {
        if (result.Report is { } report)
        {
            Assert.All(report.ReadingProblems, p => AssertChinese(p.Message));
            return;
        }

        AssertFailure(result, fileName);
    }

    public static void AssertChinese(string message) =>
        Assert.True(message.Any(c => c is >= '\u4E00' and <= '\u9FFF'), $"not a Chinese message: {message}");
}
