using System.CommandLine;
using System.Text.Json;
using Jixiao.Audit.Output;
using Jixiao.Cli.Inputs;
using Jixiao.Cli.Rendering;
using Jixiao.Domain.Library;

namespace Jixiao.Cli.Commands.Targets;

/// <summary>
/// `jixiao targets suggest INPUT [--top N] [--library FILE] [--format text|json]`: library indicators ranked by fit to
/// the report's department or project, and the indicator categories the report leaves out.
/// </summary>
public static class TargetsSuggestCommand
{
    public const int DefaultTop = 20;

    public static Command Create(CliContext context)
    {
        var input = new Argument<string>("INPUT") { Description = "报告文件（按内容识别格式）：部门整体支出绩效自评报告、自评表或目标申报表" };
        var top = new Option<int>("--top") { Description = $"列出的建议个数（默认 {DefaultTop}）", DefaultValueFactory = _ => DefaultTop };
        top.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--top 应为正整数");
            }
        });
        var library = LibraryOption.Create();
        var format = CommonOptions.Format("text", "text", "json");
        var command = new Command("suggest", "按部门职能、年度工作、重点工作任务和项目名称，从指标库中建议绩效指标（写明匹配的词），并指出缺少的指标类别")
        {
            input, top, library, format,
        };
        command.SetAction(parse =>
        {
            var chosen = LibraryOption.Load(parse, library, context);
            if (chosen is null)
            {
                return ExitCodes.UnreadableOrUsage;
            }

            if (SingleInput.Load(context, parse.GetValue(input)!) is not { } report)
            {
                return ExitCodes.UnreadableOrUsage;
            }

            var suggestionContext = SuggestionContext.From(report);
            var result = IndicatorSuggester.Suggest(chosen, suggestionContext, parse.GetValue(top));
            if (parse.GetValue(format) == "json")
            {
                var document = new SuggestionDocument(report.File, report.Department ?? report.Table?.ProjectName, chosen.Entries.Count, result);
                context.Out.WriteLine(JsonSerializer.Serialize(document, OutputJson.Indented));
            }
            else
            {
                SuggestionRenderer.Text(context.Out, report, suggestionContext, chosen, result);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
