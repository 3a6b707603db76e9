using System.CommandLine;
using System.Text;
using Jixiao.Audit.Output;
using Jixiao.Synthetic;

namespace Jixiao.Cli.Commands;

/// <summary>
/// `jixiao generate --count N --seed S --out DIR [--formats txt,docx,pdf] [--error-rate R]`: synthetic department
/// self-evaluation reports, some with injected contradictions, and manifest.json / manifest.csv saying what was injected where.
/// </summary>
public static class GenerateCommand
{
    /// <summary>The formats generate writes: the text form the text reader reads, Word and PDF (via LibreOffice).</summary>
    private static readonly string[] Formats = [SyntheticCorpusWriter.Text, "docx", "pdf"];

    public static Command Create(CliContext context)
    {
        var count = new Option<int>("--count", "-n") { Description = "生成的报告份数", Required = true };
        var seed = new Option<int>("--seed") { Description = "随机种子：同一种子生成完全相同的报告和清单", Required = true };
        var output = new Option<string>("--out", "-o") { Description = "输出目录（报告文件与 manifest.json、manifest.csv）", Required = true };
        var formats = new Option<string>("--formats") { Description = "输出格式，逗号分隔：txt（文本，必有）、docx、pdf", DefaultValueFactory = _ => SyntheticCorpusWriter.Text };
        var errorRate = new Option<decimal>("--error-rate") { Description = "每份报告注入矛盾的概率（0–1）", DefaultValueFactory = _ => 0.3m };
        var command = new Command("generate", "生成合成的部门整体支出绩效自评报告，按概率注入前后矛盾的数字，并写出注入清单（用于检验审核规则的召回率和精确率）")
        {
            count, seed, output, formats, errorRate,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            var n = parse.GetValue(count);
            var rate = parse.GetValue(errorRate);
            var requested = parse.GetValue(formats)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(f => f.ToLowerInvariant()).Distinct().ToArray();
            if (Usage(n, rate, requested) is { } problem)
            {
                context.Error.WriteLine(problem);
                return ExitCodes.UnreadableOrUsage;
            }

            var folder = parse.GetValue(output)!;
            var ordered = Formats.Where(requested.Contains).ToArray();
            void Progress(int done)
            {
                if (n >= 100 && (done % 100 == 0 || done == n))
                {
                    context.Error.WriteLine($"已生成 {done}/{n} 份");
                }
            }

            var (manifest, error) = await new SyntheticCorpusWriter().WriteAsync(folder, parse.GetValue(seed), n, rate, ordered, Progress, cancellation);
            if (error is not null)
            {
                context.Error.WriteLine(error);
                return ExitCodes.UnreadableOrUsage;
            }

            var encoding = new UTF8Encoding(false);
            await File.WriteAllTextAsync(Path.Combine(folder, "manifest.json"), manifest!.ToJson(), encoding, cancellation);
            var csv = new StringBuilder().AppendLine(Csv.Line(Manifest.CsvHeader));
            foreach (var row in manifest.CsvRows())
            {
                csv.AppendLine(Csv.Line(row));
            }

            await File.WriteAllTextAsync(Path.Combine(folder, "manifest.csv"), csv.ToString(), encoding, cancellation);
            var injected = manifest.Reports.Where(r => r.Injections.Count > 0).ToArray();
            context.Out.WriteLine($"已生成 {n} 份报告（{string.Join("、", ordered)}），其中 {injected.Length} 份注入了矛盾，共 {injected.Sum(r => r.Injections.Count)} 处：{Path.GetFullPath(folder)}");
            context.Out.WriteLine($"注入清单：{Path.Combine(Path.GetFullPath(folder), "manifest.json")}、manifest.csv");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>What is wrong with the command line, in one Chinese line, or null.</summary>
    private static string? Usage(int count, decimal errorRate, IReadOnlyList<string> formats)
    {
        if (count < 1)
        {
            return $"--count：份数应为正整数（不是 {count}）";
        }

        if (errorRate is < 0m or > 1m)
        {
            return $"--error-rate：概率应在 0 到 1 之间（不是 {errorRate}）";
        }

        if (formats.Contains("xlsx"))
        {
            return "--formats：不支持 xlsx：自评工作簿由模型直接生成、合计由公式计算，带不进注入的矛盾数字；可用 txt、docx、pdf";
        }

        if (formats.FirstOrDefault(f => !Formats.Contains(f)) is { } unknown)
        {
            return $"--formats：不支持的格式“{unknown}”，可选 txt、docx、pdf";
        }

        return formats.Contains(SyntheticCorpusWriter.Text) ? null : "--formats：必须包含 txt（审核与清单以文本为准）";
    }
}
