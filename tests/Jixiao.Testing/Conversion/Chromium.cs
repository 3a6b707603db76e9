using System.Diagnostics;

namespace Jixiao.Testing.Conversion;

/// <summary>
/// Renders pages with headless Chromium, each call with its own user-data folder so that parallel runs do not share a
/// profile, with networking, sync and updates off. Missing Chromium skips the test locally and fails it in CI.
/// </summary>
public static class Chromium
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static string? Executable =>
        new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/local/bin/chromium" }.FirstOrDefault(File.Exists);

    /// <summary>A screenshot of the page <paramref name="html"/> (a file) in a window of <paramref name="width"/> × <paramref name="height"/> pixels, saved as <paramref name="png"/>.</summary>
    public static void Screenshot(string html, string png, int width = 1240, int height = 1754) =>
        Run(html, png, $"--screenshot={png}", $"--window-size={width},{height}", "--hide-scrollbars");

    private static void Run(string html, string output, params string[] arguments)
    {
        var chromium = Executable;
        if (chromium is null)
        {
            ExternalRequirement.Missing("Chromium（apt 包 chromium）");
        }

        using var profile = new TempFolder();
        var start = new ProcessStartInfo(chromium!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in (string[])[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", $"--user-data-dir={profile.Path}", .. arguments, new Uri(Path.GetFullPath(html)).AbsoluteUri])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("chromium did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"chromium did not finish rendering {html} within {Timeout}");
        }

        if (process.ExitCode != 0 || !File.Exists(output))
        {
            throw new InvalidOperationException($"chromium failed to render {html} (exit {process.ExitCode}): {stdout.Result} {stderr.Result}");
        }
    }
}
