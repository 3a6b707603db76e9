using System.CommandLine;
using Jixiao.Cli.Commands;

namespace Jixiao.Cli;

/// <summary>The `jixiao` command tree; tests run it in-process with their own writers.</summary>
public static class JixiaoApp
{
    public static int Run(string[] args, CliContext context)
    {
        var root = new RootCommand("Jixiao（绩效）：读取、审核预算绩效自评报告")
        {
            AuditCommand.Create(context),
            DemoCommand.Create(context),
            ExtractCommand.Create(context),
            FactsCommand.Create(context),
            RulesCommand.Create(context),
        };
        var configuration = new InvocationConfiguration { Output = context.Out, Error = context.Error, EnableDefaultExceptionHandler = false };
        try
        {
            var result = root.Parse(args);
            if (result.Errors.Count > 0)
            {
                foreach (var error in result.Errors)
                {
                    context.Error.WriteLine($"命令行错误：{error.Message}");
                }

                context.Error.WriteLine("用法见 jixiao --help");
                return ExitCodes.UnreadableOrUsage;
            }

            return result.Invoke(configuration);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            context.Error.WriteLine($"内部错误：{e.Message}（请把输入文件和这行信息报告给开发者）");
            return ExitCodes.UnreadableOrUsage;
        }
    }
}
