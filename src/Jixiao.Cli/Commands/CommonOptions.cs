using System.CommandLine;

namespace Jixiao.Cli.Commands;

/// <summary>Options and arguments shared by several commands.</summary>
public static class CommonOptions
{
    public static Argument<string[]> Inputs()
    {
        var inputs = new Argument<string[]>("INPUT")
        {
            Description = "报告文件、文件夹或通配符（按内容识别格式）",
            Arity = ArgumentArity.OneOrMore,
        };
        inputs.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Select(t => t.Value).Where(v => v.StartsWith('-') && !File.Exists(v) && !Directory.Exists(v)))
            {
                result.AddError($"未识别的选项“{token}”");
            }
        });
        return inputs;
    }

    /// <summary>--fail-on: the severity from which findings turn the exit code to 1.</summary>
    public static Option<string> FailOn()
    {
        var option = new Option<string>("--fail-on")
        {
            Description = "发现达到该级别时退出码为 1：error | warning | never",
            DefaultValueFactory = _ => "never",
        };
        option.AcceptOnlyFromAmong("error", "warning", "never");
        return option;
    }

    public static Option<string> Format(string defaultValue, params string[] allowed)
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = "输出格式：" + string.Join(" | ", allowed),
            DefaultValueFactory = _ => defaultValue,
        };
        option.AcceptOnlyFromAmong(allowed);
        return option;
    }
}
