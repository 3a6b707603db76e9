using Spectre.Console;

namespace Jixiao.Cli.Rendering;

/// <summary>A Spectre.Console surface over a command's output writer: tables with correct CJK widths, no colour when redirected.</summary>
public static class Terminal
{
    public static IAnsiConsole Over(TextWriter writer) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(writer),
        Ansi = writer == Console.Out && !Console.IsOutputRedirected ? AnsiSupport.Detect : AnsiSupport.No,
        ColorSystem = ColorSystemSupport.Detect,
        Interactive = InteractionSupport.No,
    });
}
