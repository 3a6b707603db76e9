using System.CommandLine;
using Jixiao.Documents.Library;
using Jixiao.Domain.Library;

namespace Jixiao.Cli.Commands.Targets;

/// <summary>`--library FILE`: the indicator library to use instead of the shipped one.</summary>
public static class LibraryOption
{
    public static Option<string?> Create() => new("--library")
    {
        Description = "指标库 JSON 文件（默认：内置指标库 library/indicators.json）",
    };

    /// <summary>The chosen library; on failure null after one Chinese line on stderr.</summary>
    public static IndicatorLibrary? Load(ParseResult parse, Option<string?> option, CliContext context)
    {
        if (parse.GetValue(option) is not { } path)
        {
            return IndicatorLibraryFiles.Shipped;
        }

        var (library, error) = IndicatorLibraryFiles.Read(path);
        if (library is null)
        {
            context.Error.WriteLine(error);
        }

        return library;
    }
}
