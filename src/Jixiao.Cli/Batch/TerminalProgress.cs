using Spectre.Console;

namespace Jixiao.Cli.Batch;

/// <summary>Progress on a terminal: a Spectre.Console progress bar; stderr lines are written through the same console so they scroll above the bar.</summary>
internal sealed class TerminalProgress(IAnsiConsole console, ProgressTask task) : IBatchProgress
{
    public void Problem(string line) => console.WriteLine(line);

    public void Finished(string file) => task.Increment(1);
}
