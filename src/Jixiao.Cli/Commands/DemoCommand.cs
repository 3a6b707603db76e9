using System.CommandLine;
using System.Globalization;
using Jixiao.Audit.Engine;
using Jixiao.Cli.Rendering;
using Jixiao.Documents.Json;
using Jixiao.Domain.Facts;
using Spectre.Console;

namespace Jixiao.Cli.Commands;

/// <summary>
/// `jixiao demo [--out DIR]`: the main job on the bundled sample — prints its key figures and audit,
/// and writes the model, facts and audit JSON to DIR (default ./jixiao-demo/).
/// </summary>
public static class DemoCommand
{
    public static Command Create(CliContext context)
    {
        var output = new Option<DirectoryInfo>("--out", "-o")
        {
            Description = "生成文件的输出目录",
            DefaultValueFactory = _ => new DirectoryInfo("jixiao-demo"),
        };
        var command = new Command("demo", "在内置样例（2023年度广州市天河区应急管理局部门整体支出绩效自评报告）上运行：关键数据、审核结果和生成文件")
        {
            output,
        };
        command.SetAction(parse => Run(context, parse.GetValue(output)!));
        return command;
    }

    private static int Run(CliContext context, DirectoryInfo output)
    {
        var report = BundledSample.Load();
        var facts = KeyFigures.Of(report);
        var result = new AuditEngine().Audit(report);
        var audit = AuditDocument.Of(report, result, scheme: null);

        context.Out.WriteLine($"内置样例：{report.Title}");
        var table = new Table().Title("关键数据（万元）").AddColumns("", "年初预算", "调整预算", "决算/实际", "执行率");
        table.AddRow("收入", N(facts.Revenue.Initial), N(facts.Revenue.Adjusted), N(facts.Revenue.Final), string.Empty);
        table.AddRow("支出", N(facts.Expenditure.Initial), N(facts.Expenditure.Adjusted), N(facts.Expenditure.Actual), N(facts.Expenditure.ExecutionRate) + "%");
        table.AddRow("基本支出", N(facts.Basic.Initial), N(facts.Basic.Adjusted), N(facts.Basic.Actual), string.Empty);
        table.AddRow("项目支出", N(facts.ProjectSpending.Initial), N(facts.ProjectSpending.Adjusted), N(facts.ProjectSpending.Actual), string.Empty);
        Terminal.Over(context.Out).Write(table);
        context.Out.WriteLine($"表3 项目 {facts.Projects.Count} 个，绩效指标 {facts.Indicators.Count} 个");
        context.Out.WriteLine();
        context.Out.WriteLine("审核结果");
        AuditRenderer.Text(context.Out, audit, result.Findings, report.Source?.Format);

        try
        {
            output.Create();
            File.WriteAllText(Path.Combine(output.FullName, "model.json"), ModelJson.Serialize(report));
            File.WriteAllText(Path.Combine(output.FullName, "facts.json"), FactsRenderer.Json(facts, indented: true));
            File.WriteAllText(Path.Combine(output.FullName, "audit.json"), System.Text.Json.JsonSerializer.Serialize(audit, OutputJson.Indented));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"{output.FullName}：无法写入生成文件（{e.Message}）");
            return ExitCodes.UnreadableOrUsage;
        }

        context.Out.WriteLine();
        context.Out.WriteLine($"已写入 {output.FullName}：model.json（完整模型）、facts.json（关键数据）、audit.json（审核结果）");
        return ExitCodes.Success;
    }

    private static string N(decimal? value) => Markup.Escape(value?.ToString(CultureInfo.InvariantCulture) ?? "—");
}
