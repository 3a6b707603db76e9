using System.CommandLine;
using Jixiao.Cli.Inputs;
using Jixiao.Documents.Json;

namespace Jixiao.Cli.Commands;

/// <summary>`jixiao extract INPUT [--format json]`: the full model.</summary>
public static class ExtractCommand
{
    public static Command Create(CliContext context)
    {
        var input = new Argument<string>("INPUT") { Description = "报告文件（按内容识别格式）" };
        var format = CommonOptions.Format("json", "json");
        var command = new Command("extract", "读取报告并输出完整模型（JSON），每个数值带位置") { input, format };
        command.SetAction(parse =>
        {
            if (SingleInput.Load(context, parse.GetValue(input)!) is not { } report)
            {
                return ExitCodes.UnreadableOrUsage;
            }

            context.Out.WriteLine(ModelJson.Serialize(report));
            return ExitCodes.Success;
        });
        return command;
    }
}
