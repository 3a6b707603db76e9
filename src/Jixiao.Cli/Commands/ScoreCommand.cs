using System.CommandLine;
using System.Text.Json;
using Jixiao.Audit.Output;
using Jixiao.Audit.Rules.Scoring;
using Jixiao.Cli.Inputs;
using Jixiao.Cli.Rendering;
using Jixiao.Domain.Scoring;

namespace Jixiao.Cli.Commands;

/// <summary>`jixiao score INPUT [--scheme NAME|FILE] [--format text|json]`: the score sheet.</summary>
public static class ScoreCommand
{
    public static Command Create(CliContext context)
    {
        var input = new Argument<string>("INPUT") { Description = "报告文件（按内容识别格式）" };
        var format = CommonOptions.Format("text", "text", "json");
        var scheme = new Option<string?>("--scheme") { Description = "评分方案名称或 JSON 文件（可用 + 叠加，如 mof-2020-project+execution-caps）" };
        var command = new Command("score", "按评分方案重算自评得分：每项分值、输入、公式、得分和说明，并与报告所列得分对照") { input, format, scheme };
        command.SetAction(parse =>
        {
            SchemeChoice? choice = null;
            if (parse.GetValue(scheme) is { } value)
            {
                (choice, var error) = SchemeSelection.Resolve(value);
                if (choice is null)
                {
                    context.Error.WriteLine(error);
                    return ExitCodes.UnreadableOrUsage;
                }
            }

            if (SingleInput.Load(context, parse.GetValue(input)!) is not { } report)
            {
                return ExitCodes.UnreadableOrUsage;
            }

            var sheet = ScoreSheetBuilder.Build(report, choice?.For(report) ?? SchemeLibrary.DefaultFor(report));
            if (parse.GetValue(format) == "json")
            {
                context.Out.WriteLine(JsonSerializer.Serialize(sheet, OutputJson.Indented));
            }
            else
            {
                ScoreSheetRenderer.Text(context.Out, sheet);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
