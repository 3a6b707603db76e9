using System.CommandLine;
using Jixiao.Audit.Engine;
using Jixiao.Audit.Output;
using Jixiao.Audit.Rules.Scoring;
using Jixiao.Cli.Inputs;
using Jixiao.Cli.Rendering;
using Jixiao.Domain.Reports;

namespace Jixiao.Cli.Commands;

/// <summary>`jixiao audit INPUT... [--format text|json|ndjson|csv] [--fail-on …] [--profile FILE] [--scheme …] [--jobs N]`.</summary>
public static class AuditCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = CommonOptions.Inputs();
        var format = CommonOptions.Format("text", "text", "json", "ndjson", "csv");
        var failOn = CommonOptions.FailOn();
        var profile = new Option<FileInfo?>("--profile") { Description = "规则配置文件（JSON：各规则级别覆盖与设置）" };
        var scheme = new Option<string?>("--scheme") { Description = "评分方案名称或 JSON 文件，评分规则（JX3010–JX3017）按它重算；默认按体裁" };
        var jobs = new Option<int>("--jobs", "-j") { Description = "并行处理的文件数", DefaultValueFactory = _ => 1 };
        var command = new Command("audit", "审核报告：按规则目录查找前后矛盾、合计不符和缺漏，列出每个比较的数字及其位置")
        {
            inputs, format, failOn, profile, scheme, jobs,
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
                return Run(context, parse.GetValue(inputs)!, parse.GetValue(format)!, parse.GetValue(failOn)!, ruleProfile, parse.GetValue(scheme), parse.GetValue(jobs));
            }
        });
        return command;
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
            reached |= Reaches(result, failOn);
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

    private static bool Reaches(AuditResult result, string failOn) => failOn switch
    {
        "error" => result.Errors > 0,
        "warning" => result.Errors + result.Warnings > 0,
        _ => false,
    };
}
