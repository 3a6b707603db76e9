using System.CommandLine;
using Jixiao.Documents.Workbook;

namespace Jixiao.Cli.Commands;

/// <summary>
/// `jixiao template [--year Y] [--department NAME] [--from REPORT] -o FILE.xlsx`: the workbook to prepare a year's
/// self-evaluation (自评工作簿), optionally pre-filled from last year's report.
/// </summary>
public static class TemplateCommand
{
    public static Command Create(CliContext context)
    {
        var options = new TemplateOptions(
            "自评的预算年度（默认：--from 报告的下一年）",
            "上年的报告（可读取的任何格式，或模型 JSON）：预填部门职能、下属单位、项目和绩效指标，上年的数字只放在参考列",
            "生成的工作簿（.xlsx）");
        var command = new Command("template", "生成填写自评的 Excel 工作簿：每部分一张工作表，带中文表头、下拉列表、公式和填写说明");
        options.AddTo(command);
        command.SetAction(parse =>
        {
            if (options.Write(parse, context, TemplatePrefill.Build) is not { } written)
            {
                return ExitCodes.UnreadableOrUsage;
            }

            var carried = written.Previous is not { } previous
                ? string.Empty
                : $"；取自 {previous.File}：项目 {previous.BudgetTable?.Projects.Count ?? 0} 个，绩效指标 {previous.Targets?.Indicators.Count ?? 0} 个";
            context.Out.WriteLine($"已生成自评工作簿：{written.Path}（{written.YearText}{carried}）");
            return ExitCodes.Success;
        });
        return command;
    }
}
