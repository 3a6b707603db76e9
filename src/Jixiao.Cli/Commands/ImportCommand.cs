using System.CommandLine;
using Jixiao.Documents;
using Jixiao.Documents.Json;
using Jixiao.Documents.Loading;
using Jixiao.Documents.Workbook;

namespace Jixiao.Cli.Commands;

/// <summary>
/// `jixiao import FILE.xlsx [-o FILE.json]`: a filled Jixiao workbook (self-evaluation or target declaration) read into
/// the model JSON. Cells that cannot be read are listed on stderr, one line each naming sheet and cell, with exit code 2
/// and no output.
/// </summary>
public static class ImportCommand
{
    public static Command Create(CliContext context)
    {
        var input = new Argument<string>("FILE") { Description = "填好的 Jixiao 工作簿（自评工作簿或目标申报工作簿，.xlsx）" };
        var output = new Option<string?>("--output", "-o") { Description = "模型 JSON 的输出文件（默认写到标准输出）" };
        var command = new Command("import", "把填好的自评工作簿或目标申报工作簿读成模型 JSON（与 extract 的模型相同）") { input, output };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(input)!;
            var name = Path.GetFileName(path);
            var (bytes, failure) = new ReportLoader().ReadFile(path);
            if (bytes is null)
            {
                context.Error.WriteLine(failure!.ToString());
                return ExitCodes.UnreadableOrUsage;
            }

            if (FormatDetector.Detect(bytes.AsSpan(0, Math.Min(bytes.Length, 8))) != SourceFormat.Zip || ZipContainer.KindOf(bytes) != ZipContainer.Kind.Xlsx)
            {
                context.Error.WriteLine($"{name}：不是 Excel 工作簿（.xlsx），无法导入；报告文件请用 jixiao extract 读取");
                return ExitCodes.UnreadableOrUsage;
            }

            var result = WorkbookImporter.Import(name, bytes, ReaderLimits.Default);
            if (result.Report is not { } report)
            {
                foreach (var error in result.Errors)
                {
                    context.Error.WriteLine($"{name}：{error}");
                }

                return ExitCodes.UnreadableOrUsage;
            }

            context.ReportReadingProblems(report);
            var json = ModelJson.Serialize(report);
            if (parse.GetValue(output) is not { } target)
            {
                context.Out.WriteLine(json);
                return ExitCodes.Success;
            }

            try
            {
                File.WriteAllText(target, json + Environment.NewLine);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                context.Error.WriteLine($"{Path.GetFileName(target)}：无法写入模型 JSON（{e.Message}）");
                return ExitCodes.UnreadableOrUsage;
            }

            context.Out.WriteLine($"已导入：{target}");
            return ExitCodes.Success;
        });
        return command;
    }
}
