using System.CommandLine;

namespace Jixiao.Cli.Commands.Targets;

/// <summary>`jixiao targets …`: the commands for performance targets (绩效目标) — one line per subcommand.</summary>
public static class TargetsCommand
{
    public static Command Create(CliContext context) => new("targets", "绩效目标与绩效指标")
    {
        TargetsNewCommand.Create(context),
        TargetsLintCommand.Create(context),
        TargetsLibraryCommand.Create(context),
        TargetsSuggestCommand.Create(context),
    };
}
