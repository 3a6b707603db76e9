using Spectre.Console;

namespace Jixiao.Cli.Batch;

/// <summary>Chooses how a batch shows progress: a bar when stderr is the process's own terminal, progress lines otherwise.</summary>
internal static class BatchProgress
{
    public static void Run(CliContext context, int total, Action<IBatchProgress> body)
    {
        if (!ReferenceEquals(context.Error, Console.Error) || Console.IsErrorRedirected)
        {
            body(new LineProgress(context.Error, total));
            return;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Console.Error),
            Ansi = AnsiSupport.Detect,
            ColorSystem = ColorSystemSupport.Detect,
            Interactive = InteractionSupport.Yes,
        });
        console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .Start(progress => body(new TerminalProgress(console, progress.AddTask("审核", maxValue: Math.Max(total, 1)))));
    }
}
