using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Cli.Commands;
using Jixiao.Cli.Commands.Targets;

namespace Jixiao.Cli;

/// <summary>The `jixiao` command tree; tests run it in-process with their own writers.</summary>
public static partial class JixiaoApp
{
    public static int Run(string[] args, CliContext context)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
        var root = new RootCommand("Jixiao（绩效）：读取、审核预算绩效自评报告")
        {
            AuditCommand.Create(context),
            DbCommand.Create(context),
            DemoCommand.Create(context),
            DepartmentCommand.Create(context),
            ExtractCommand.Create(context),
            FactsCommand.Create(context),
            GenerateCommand.Create(context),
            ImportCommand.Create(context),
            RulesCommand.Create(context),
            ScoreCommand.Create(context),
            TargetsCommand.Create(context),
            TemplateCommand.Create(context),
            UserCommand.Create(context),
            RenderCommand.Create(context),
            ServeCommand.Create(context),
            WorkerCommand.Create(context),
            JobsCommand.Create(context),
        };
        var configuration = new InvocationConfiguration { Output = context.Out, Error = context.Error, EnableDefaultExceptionHandler = false };
        try
        {
            var result = root.Parse(args);
            if (result.Errors.Count > 0)
            {
                foreach (var error in result.Errors)
                {
                    context.Error.WriteLine($"命令行错误：{OneLine(error.Message)}");
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

    /// <summary>System.CommandLine's messages as one clean Chinese line: no nested quotes, no list on further lines.</summary>
    internal static string OneLine(string message)
    {
        var text = Whitespace().Replace(message.Trim(), " ");
        text = text.Replace("“'", "“", StringComparison.Ordinal).Replace("'”", "”", StringComparison.Ordinal)
            .Replace("。.", "。", StringComparison.Ordinal).Replace(": '", "：'", StringComparison.Ordinal);
        return text.EndsWith('.') ? text[..^1] + "。" : text;
    }

    [GeneratedRegex(@"\s*[\r\n]+\s*")]
    private static partial Regex Whitespace();
}
