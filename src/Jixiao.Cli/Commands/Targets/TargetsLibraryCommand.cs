using System.CommandLine;
using Jixiao.Cli.Inputs;
using Jixiao.Cli.Rendering;
using Jixiao.Domain.Library;

namespace Jixiao.Cli.Commands.Targets;

/// <summary>
/// `jixiao targets library [--library FILE] [--format text|json] [--add-from REPORT... -o FILE]`: lists the indicator
/// library, or merges the indicators of reports into it and writes the result.
/// </summary>
public static class TargetsLibraryCommand
{
    public static Command Create(CliContext context)
    {
        var library = LibraryOption.Create();
        var format = CommonOptions.Format("text", "text", "json");
        var addFrom = new Option<string[]>("--add-from")
        {
            Description = "把这些报告（文件、文件夹或通配符，任何可读取的格式）的绩效指标并入指标库：名称、类别、指标值形式和单位，依据记为来源报告",
            AllowMultipleArgumentsPerToken = true,
        };
        var output = new Option<string?>("--output", "-o") { Description = "写出合并后的指标库（JSON）；与 --add-from 一起使用" };
        var command = new Command("library", "列出指标库（类别、名称、指标解释、常用指标值形式、佐证材料、适用关键词、依据），或把报告中的指标并入指标库")
        {
            library, format, addFrom, output,
        };
        command.SetAction(parse =>
        {
            var reports = parse.GetValue(addFrom) ?? [];
            var path = parse.GetValue(output);
            if ((reports.Length > 0) != (path is not null))
            {
                context.Error.WriteLine(path is null ? "--add-from 需要用 -o 指定写出的指标库文件" : "-o 只与 --add-from 一起使用（列出指标库时写到标准输出）");
                return ExitCodes.UnreadableOrUsage;
            }

            var chosen = LibraryOption.Load(parse, library, context);
            if (chosen is null)
            {
                return ExitCodes.UnreadableOrUsage;
            }

            if (path is null)
            {
                if (parse.GetValue(format) == "json")
                {
                    context.Out.Write(IndicatorLibraryJson.Write(chosen));
                }
                else
                {
                    LibraryRenderer.Text(context.Out, chosen);
                }

                return ExitCodes.Success;
            }

            return Merge(context, chosen, reports, path);
        });
        return command;
    }

    private static int Merge(CliContext context, IndicatorLibrary library, string[] reports, string path)
    {
        var inputs = new LoadedInputs(context);
        var harvested = inputs.Process(reports, r => LibraryHarvest.From(r, LibraryHarvest.BasisOf(r)), entries => $"绩效指标 {entries.Count} 个")
            .SelectMany(r => r.Result).ToList();
        var merged = library.Merge(harvested);
        try
        {
            File.WriteAllText(path, IndicatorLibraryJson.Write(merged));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            context.Error.WriteLine($"{Path.GetFileName(path)}：无法写入指标库（{e.Message}）");
            return ExitCodes.UnreadableOrUsage;
        }

        var added = merged.Entries.Count - library.Entries.Count;
        context.Out.WriteLine($"已写出指标库：{path}（共 {merged.Entries.Count} 个指标；读到报告中的指标 {harvested.Count} 个，新增 {added} 个，其余并入已有条目）");
        return inputs.AnyUnreadable ? ExitCodes.UnreadableOrUsage : ExitCodes.Success;
    }
}
