using System.Diagnostics;
using System.Text;

namespace Jixiao.Cli.Tests;

/// <summary>
/// `dotnet jixiao.dll …` as a real OS process (the build next to the tests), its stdout and stderr collected; disposing
/// kills it (SIGKILL on Linux) if it still runs.
/// </summary>
internal sealed class JixiaoProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    private JixiaoProcess(Process process)
    {
        this.process = process;
    }

    public int Id => process.Id;

    /// <summary>stdout and stderr so far, interleaved as they arrived.</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public bool HasExited => process.HasExited;

    public static JixiaoProcess Start(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "jixiao.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("ConnectionStrings__Jixiao");
        var process = new Process { StartInfo = start };
        var started = new JixiaoProcess(process);
        process.OutputDataReceived += (_, e) => started.Append(e.Data);
        process.ErrorDataReceived += (_, e) => started.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return started;
    }

    /// <summary>Waits until the output contains <paramref name="text"/>; fails with the output when the process exits or time runs out.</summary>
    public async Task WaitForOutputAsync(string text, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (!Output.Contains(text, StringComparison.Ordinal))
        {
            Assert.False(process.HasExited, $"jixiao exited with {(process.HasExited ? process.ExitCode : 0)} before printing “{text}”:\n{Output}");
            Assert.True(clock.Elapsed < timeout, $"jixiao did not print “{text}” within {timeout}:\n{Output}");
            await Task.Delay(100, cancellationToken);
        }
    }

    /// <summary>
    /// Waits for `serve`'s start line on stderr and returns the first address it listens on (so `--urls` can name port 0
    /// and the server, not the test, picks a free port).
    /// </summary>
    public async Task<Uri> WaitForServeAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        const string Started = "Jixiao 服务已启动：";
        await WaitForOutputAsync(Started, timeout, cancellationToken);
        var line = Output.Split('\n').First(l => l.StartsWith(Started, StringComparison.Ordinal));
        return new Uri(line[Started.Length..].Split('（', ' ')[0]);
    }

    /// <summary>SIGKILL: the process gets no chance to finish anything.</summary>
    public void Kill()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
    }

    public void Dispose()
    {
        Kill();
        process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
