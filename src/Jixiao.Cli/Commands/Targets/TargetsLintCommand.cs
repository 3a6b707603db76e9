using System.CommandLine;
using Jixiao.Audit.Engine;

namespace Jixiao.Cli.Commands.Targets;

/// <summary>
/// `jixiao targets lint INPUT... [--format text|json|ndjson|csv] [--fail-on …]`: the audit restricted to the indicator
/// lint (<see cref="LintRules"/>), with the audit's output and exit codes. Reads whatever `audit` reads — a filled
/// target-declaration workbook, last year's report, a model JSON.
/// </summary>
public static class TargetsLintCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = CommonOptions.Inputs();
        var format = CommonOptions.Format("text", "text", "json", "ndjson", "csv");
        var failOn = CommonOptions.FailOn();
        var command = new Command("lint", "检查绩效指标和目标：归类、可衡量、单位、上限、与上年的比较和重点任务（审核中的指标规则，输出与 audit 相同）")
        {
            inputs, format, failOn,
        };
        command.SetAction(parse => AuditCommand.Run(context, parse.GetValue(inputs)!, parse.GetValue(format)!, parse.GetValue(failOn)!, LintRules.Profile, scheme: null));
        return command;
    }
}
