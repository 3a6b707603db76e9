using System.CommandLine;
using Jixiao.Documents.Loading;
using Jixiao.Documents.Workbook;
using Jixiao.Domain.Reports;

namespace Jixiao.Cli.Commands;

/// <summary>
/// `jixiao template [--year Y] [--department NAME] [--from REPORT] -o FILE.xlsx`: the workbook to prepare a year's
/// self-evaluation (自评工作簿), optionally pre-filled from last year's report.
/// </summary>
public static class TemplateCommand
{
    public static Command Create(CliContext context)
    {
        var year = new Option<int?>("--year") { Description = "自评的预算年度（默认：--from 报告的下一年）" };
        var department = new Option<string?>("--department") { Description = "部门名称（默认：--from 报告的部门）" };
        var from = new Option<string?>("--from")
        {
            Description = "上年的报告（可读取的任何格式，或模型 JSON）：预填部门职能、下属单位、项目和绩效指标，上年的数字只放在参考列",
        };
        var output = new Option<string>("--output", "-o") { Description = "生成的工作簿（.xlsx）", Required = true };
        var command = new Command("template", "生成填写自评的 Excel 工作簿：每部分一张工作表，带中文表头、下拉列表、公式和填写说明")
        {
            year, department, from, output,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(year) is { } y && (y < 2000 || y > 2100))
            {
                context.Error.WriteLine($"--year：“{y}”不是 2000 到 2100 之间的年度");
                return ExitCodes.UnreadableOrUsage;
            }

            Report? previous = null;
            if (parse.GetValue(from) is { } source)
            {
                (previous, var failure) = new ReportLoader().Load(source);
                if (failure is not null)
                {
                    context.Error.WriteLine(failure.ToString());
                    return ExitCodes.UnreadableOrUsage;
                }
            }

            var path = parse.GetValue(output)!;
            var content = TemplatePrefill.Build(parse.GetValue(year), parse.GetValue(department), previous);
            try
            {
                File.WriteAllBytes(path, TemplateWriter.Write(content));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                context.Error.WriteLine($"{Path.GetFileName(path)}：无法写入工作簿（{e.Message}）");
                return ExitCodes.UnreadableOrUsage;
            }

            var carried = previous is null
                ? string.Empty
                : $"；取自 {previous.File}：项目 {previous.BudgetTable?.Projects.Count ?? 0} 个，绩效指标 {previous.Targets?.Indicators.Count ?? 0} 个";
            context.Out.WriteLine($"已生成自评工作簿：{path}（{(content.Year is { } chosen ? chosen + "年度" : "年度未填")}{carried}）");
            return ExitCodes.Success;
        });
        return command;
    }
}
