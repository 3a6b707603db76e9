using System.CommandLine;

namespace Jixiao.Cli.Commands;

/// <summary>Options and arguments shared by several commands.</summary>
public static class CommonOptions
{
    public static Argument<string[]> Inputs() => new("INPUT")
    {
        Description = "报告文件、文件夹或通配符（按内容识别格式）",
        Arity = ArgumentArity.OneOrMore,
    };

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
