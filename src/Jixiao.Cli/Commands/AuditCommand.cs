using System.CommandLine;
using System.Text;
using Jixiao.Audit.Engine;
using Jixiao.Audit.Output;
using Jixiao.Audit.Rules.Scoring;
using Jixiao.Cli.Batch;
using Jixiao.Cli.Inputs;
using Jixiao.Cli.Rendering;
using Jixiao.Domain.Reports;

namespace Jixiao.Cli.Commands;

/// <summary>`jixiao audit INPUT... [--format text|json|ndjson|csv] [--fail-on …] [--profile FILE] [--scheme …] [--jobs N] [-o FILE [--resume]]`.</summary>
public static class AuditCommand
{
    /// <summary>The write buffer of a batch's output: records are written out in blocks, not one system call each.</summary>
    private const int BatchBufferSize = 64 * 1024;

    public static Command Create(CliContext context)
    {
        var inputs = CommonOptions.Inputs();
        var format = CommonOptions.Format("text", "text", "json", "ndjson", "csv");
        var failOn = CommonOptions.FailOn();
        var profile = new Option<FileInfo?>("--profile") { Description = "规则配置文件（JSON：各规则级别覆盖与设置）" };
        var scheme = new Option<string?>("--scheme") { Description = "评分方案名称或 JSON 文件，评分规则（JX3010–JX3017）按它重算；默认按体裁" };
        var jobs = new Option<int?>("--jobs", "-j") { Description = "并行处理的文件数；默认 1，成批审核（文件夹或通配符，ndjson/csv）默认为处理器核数" };
        var output = new Option<FileInfo?>("--output", "-o") { Description = "结果写到该文件而不是标准输出" };
        var resume = new Option<bool>("--resume") { Description = "续写 -o 指定的 ndjson/csv 结果文件：跳过其中已有结果的文件，去掉中断时写了一半的末尾记录" };
        var command = new Command("audit", "审核报告：按规则目录查找前后矛盾、合计不符和缺漏，列出每个比较的数字及其位置")
        {
            inputs, format, failOn, profile, scheme, jobs, output, resume,
        };
        command.SetAction(parse =>
        {
            var ruleProfile = RuleProfile.Default;
            if (parse.GetValue(profile) is { } profileFile)
            {
                if (!profileFile.Exists)
                {
                    context.Error.WriteLine($"{profileFile.Name}：规则配置文件不存在");
                    return ExitCodes.UnreadableOrUsage;
                }

                var (parsed, error) = RuleProfile.Parse(File.ReadAllText(profileFile.FullName), Path.GetFileNameWithoutExtension(profileFile.Name));
                if (parsed is null)
                {
                    context.Error.WriteLine($"{profileFile.Name}：{error}");
                    return ExitCodes.UnreadableOrUsage;
                }

                ruleProfile = parsed;
            }

            SchemeChoice? choice = null;
            if (parse.GetValue(scheme) is { } schemeValue)
            {
                (choice, var schemeError) = SchemeSelection.Resolve(schemeValue);
                if (choice is null)
                {
                    context.Error.WriteLine(schemeError);
                    return ExitCodes.UnreadableOrUsage;
                }
            }

            using (SchemeLibrary.Use(choice))
            {
                var request = new AuditRequest(parse.GetValue(inputs)!, parse.GetValue(format)!, parse.GetValue(failOn)!, parse.GetValue(scheme),
                    parse.GetValue(jobs), parse.GetValue(output)?.FullName, parse.GetValue(resume));
                return Run(context, request, ruleProfile);
            }
        });
        return command;
    }

    /// <summary>
    /// Picks the mode: a batch (<see cref="BatchAudit"/>: streamed as files finish, all cores by default) for NDJSON or
    /// CSV over a folder or glob, or with --resume; otherwise the inputs in order as before. Opens the `-o` file.
    /// </summary>
    private static int Run(CliContext context, AuditRequest request, RuleProfile profile)
    {
        var batch = request.Format is "ndjson" or "csv" && (request.Resume || request.Inputs.Any(InputExpander.IsFolderOrGlob));
        if (request.Resume && (request.Output is null || !batch))
        {
            context.Error.WriteLine("--resume 需要 -o 结果文件，且只用于 --format ndjson 或 csv");
            return ExitCodes.UnreadableOrUsage;
        }

        var resume = ResumeState.None;
        if (request.Resume)
        {
            (var state, var error) = ResumeState.Prepare(request.Output!, request.Format, request.FailOn);
            if (state is null)
            {
                context.Error.WriteLine(error);
                return ExitCodes.UnreadableOrUsage;
            }

            resume = state;
            context.Error.WriteLine($"续写 {Path.GetFileName(request.Output)}：已有 {resume.Done.Count} 个文件的结果" +
                (resume.Removed > 0 ? $"，去掉了末尾不完整的记录（{resume.Removed} 字节）" : string.Empty));
        }

        using var file = request.Output is null ? null : new StreamWriter(request.Output, append: request.Resume, new UTF8Encoding(false), BatchBufferSize);
        if (batch)
        {
            // The process's own stdout writes at every call; a batch buffers it like the -o file.
            using var stdout = file is null && ReferenceEquals(context.Out, Console.Out)
                ? new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), BatchBufferSize)
                : null;
            var jobs = Math.Clamp(request.Jobs ?? Environment.ProcessorCount, 1, LoadedInputs.MaxJobs);
            return new BatchAudit(context, new AuditEngine(profile), request.Format, request.FailOn, request.Scheme, jobs)
                .Run(request.Inputs, file ?? stdout ?? context.Out, request.Output, resume);
        }

        return Run(file is null ? context : new CliContext(file, context.Error, context.In), request.Inputs, request.Format, request.FailOn, profile,
            request.Scheme, request.Jobs ?? 1);
    }

    public static int Run(CliContext context, IEnumerable<string> inputs, string format, string failOn, RuleProfile profile, string? scheme, int jobs = 1)
    {
        var engine = new AuditEngine(profile);
        var loaded = new LoadedInputs(context, jobs);
        var documents = new List<AuditDocument>();
        var reached = false;
        if (format == "csv")
        {
            context.Out.WriteLine(AuditRenderer.CsvHeader);
        }

        var totals = new int[3];
        foreach (var (report, result) in loaded.Process(inputs, engine.Audit, r => $"错误 {r.Errors}，警告 {r.Warnings}，提示 {r.Infos}"))
        {
            totals[0] += result.Errors;
            totals[1] += result.Warnings;
            totals[2] += result.Infos;
            var document = AuditDocument.Of(report, result, scheme);
            reached |= Reaches(failOn, result.Errors, result.Warnings);
            switch (format)
            {
                case "json":
                    documents.Add(document);
                    break;
                case "ndjson":
                    AuditRenderer.JsonLine(context.Out, document);
                    break;
                case "csv":
                    AuditRenderer.CsvRows(context.Out, document);
                    break;
                default:
                    AuditRenderer.Text(context.Out, document, result.Findings, report.Source?.Format);
                    break;
            }
        }

        loaded.Summary($"发现合计：错误 {totals[0]}，警告 {totals[1]}，提示 {totals[2]}");
        if (format == "json" && documents.Count > 0)
        {
            AuditRenderer.Json(context.Out, documents, asArray: loaded.FileCount > 1);
        }

        return loaded.AnyUnreadable ? ExitCodes.UnreadableOrUsage : reached ? ExitCodes.FindingsReachedThreshold : ExitCodes.Success;
    }

    /// <summary>Whether a report with these counts reaches --fail-on (exit code 1).</summary>
    internal static bool Reaches(string failOn, int errors, int warnings) => failOn switch
    {
        "error" => errors > 0,
        "warning" => errors + warnings > 0,
        _ => false,
    };
}
