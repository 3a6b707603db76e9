using System.CommandLine;
using Jixiao.Audit.Engine;
using Jixiao.Documents.Workbook;

namespace Jixiao.Cli.Commands.Targets;

/// <summary>
/// `jixiao targets new [--from LAST-YEAR-REPORT] [--year Y] [--department NAME] -o FILE.xlsx`: the target-declaration
/// workbook (目标申报工作簿) for the year after the report, pre-filled with its indicators — last year's targets carried
/// as the new targets and kept beside them with last year's actuals as 历史标准 — then linted as written, so that the
/// weaknesses carried over from last year are listed at once.
/// </summary>
public static class TargetsNewCommand
{
    public static Command Create(CliContext context)
    {
        var options = new TemplateOptions(
            "申报目标的预算年度（默认：--from 报告的下一年）",
            "上年的报告（可读取的任何格式，或模型 JSON）：预填部门、重点工作任务、项目和绩效指标，上年的指标值和实际值作为历史标准",
            "生成的目标申报工作簿（.xlsx）");
        var command = new Command("new", "生成填写绩效目标申报表的 Excel 工作簿（部门整体支出绩效目标表和项目支出绩效目标表），可用上年的报告预填");
        options.AddTo(command);
        command.SetAction(parse =>
        {
            if (options.Write(parse, context, DeclarationPrefill.Build) is not { } written)
            {
                return ExitCodes.UnreadableOrUsage;
            }

            if (written.Previous is not { } previous)
            {
                context.Out.WriteLine($"已生成目标申报工作簿：{written.Path}（{written.YearText}）");
                return ExitCodes.Success;
            }

            var indicators = previous.Targets?.Indicators ?? [];
            context.Out.WriteLine($"已生成目标申报工作簿：{written.Path}（{written.YearText}；取自 {previous.File}：绩效指标 {indicators.Count} 个，"
                + $"其中有上年实际值的 {indicators.Count(i => !string.IsNullOrWhiteSpace(i.Actual))} 个，项目 {written.Content.RowsOf(DeclarationLayout.Projects).Count} 个）");
            context.Out.WriteLine("预填的绩效指标检查如下（修改后可用 jixiao targets lint 再次检查）：");
            return AuditCommand.Run(context, [written.Path], "text", "never", LintRules.Profile, scheme: null);
        });
        return command;
    }
}
