using System.CommandLine;
using Jixiao.Cli.Inputs;
using Jixiao.Cli.Rendering;
using Jixiao.Documents.Writers;
using Jixiao.Documents.Writers.Composition;
using Jixiao.Web.Rendering;

namespace Jixiao.Cli.Commands;

/// <summary>
/// `jixiao render INPUT --to docx|pdf|html|md|xlsx [-o OUT] [--corrected] [--no-review] [--no-charts] [--charts DIR]`: the self-evaluation
/// report generated from the model in the standard outline, with the audit findings in an appendix; a target declaration
/// (绩效目标申报表) as its target tables, with the indicator lint's findings in the appendix; or the report's own figures
/// as the self-evaluation workbook (xlsx).
/// </summary>
public static class RenderCommand
{
    public static Command Create(CliContext context)
    {
        var input = new Argument<string>("INPUT") { Description = "报告文件或模型 JSON（按内容识别格式）" };
        var to = new Option<string>("--to") { Description = "输出格式：docx、pdf、html、md 或 xlsx（自评工作簿）", Required = true };
        var output = new Option<string?>("--output", "-o") { Description = "输出文件（默认：输入文件名加新扩展名，写在当前目录）" };
        var corrected = new Option<bool>("--corrected") { Description = "先按明细表更正互相矛盾的数字，更正清单列入附件" };
        var noReview = new Option<bool>("--no-review") { Description = "不附审核意见" };
        var noCharts = new Option<bool>("--no-charts") { Description = "不生成图表" };
        var charts = new Option<string?>("--charts") { Description = "另把每张图表导出为 PNG 和 SVG（图1.png、图1.svg…）到此目录" };
        var command = new Command("render", "由模型生成标准格式的部门整体支出绩效自评报告或绩效目标申报表（.docx/.pdf/.html/.md），所有数字取自模型，审核意见列入附件；或导出为自评工作簿（.xlsx）")
        {
            input, to, output, corrected, noReview, noCharts, charts,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            if (ReportFormats.Parse(parse.GetValue(to)!) is not { } format)
            {
                context.Error.WriteLine($"--to：不支持的格式“{parse.GetValue(to)}”，可选 docx、pdf、html、md、xlsx");
                return ExitCodes.UnreadableOrUsage;
            }

            var path = parse.GetValue(input)!;
            if (SingleInput.Load(context, path) is not { } report)
            {
                return ExitCodes.UnreadableOrUsage;
            }

            var target = parse.GetValue(output) ?? Path.GetFileNameWithoutExtension(path) + ReportFormats.Extension(format);
            var (model, options) = RenderPreparation.Prepare(report, parse.GetValue(corrected), !parse.GetValue(noReview), !parse.GetValue(noCharts));
            var (files, error) = await new ReportRenderer().RenderAsync(model, options, format, target, cancellation);
            if (error is null && parse.GetValue(charts) is { } chartFolder)
            {
                var (chartFiles, chartError) = await ReportRenderer.ExportChartsAsync(ReportComposer.Compose(model, options), chartFolder, cancellation);
                (files, error) = ([.. files, .. chartFiles], chartError);
            }

            if (error is not null)
            {
                context.Error.WriteLine($"{Path.GetFileName(path)}：{error}");
                return ExitCodes.UnreadableOrUsage;
            }

            foreach (var file in files)
            {
                context.Out.WriteLine(file);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
