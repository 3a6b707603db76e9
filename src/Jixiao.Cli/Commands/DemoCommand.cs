using System.CommandLine;
using System.Globalization;
using Jixiao.Audit.Engine;
using Jixiao.Audit.Output;
using Jixiao.Cli.Rendering;
using Jixiao.Data;
using Jixiao.Documents.Json;
using Jixiao.Documents.Writers;
using Jixiao.Documents.Writers.Charts;
using Jixiao.Documents.Writers.Composition;
using Jixiao.Documents.Writers.Pdf;
using Jixiao.Domain.Facts;
using Jixiao.Domain.Reports;
using Jixiao.Web;
using Jixiao.Web.Rendering;
using Spectre.Console;

namespace Jixiao.Cli.Commands;

/// <summary>
/// `jixiao demo [--out DIR] [--serve [--urls URL]]`: the main job on the bundled sample — prints its key figures and audit,
/// and writes the model, facts and audit JSON to DIR (default ./jixiao-demo/); with --serve it then serves the workbench
/// on the demo database in DIR.
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
        var serve = new Option<bool>("--serve") { Description = $"之后在演示数据库（输出目录下的 {DemoDatabase.FileName}）上启动工作台，打印演示账户，按 Ctrl+C 停止" };
        var urls = new Option<string?>("--urls") { Description = $"--serve 的监听地址（默认 {JixiaoWeb.DefaultUrls}）" };
        var command = new Command("demo", "在内置样例（2023年度广州市天河区应急管理局部门整体支出绩效自评报告）上运行：关键数据、审核结果和生成文件；--serve 再启动演示工作台")
        {
            output,
            serve,
            urls,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            var folder = parse.GetValue(output)!;
            var exit = await Run(context, folder, cancellation).ConfigureAwait(false);
            return exit != ExitCodes.Success || !parse.GetValue(serve)
                ? exit
                : await Serve(context, Path.Combine(folder.FullName, DemoDatabase.FileName), parse.GetValue(urls), cancellation).ConfigureAwait(false);
        });
        return command;
    }

    /// <summary>
    /// `--serve`: prepares the demo database (<see cref="DemoDatabase"/>), then serves the workbench on it as `serve` does
    /// and prints the address and the demo accounts (name, role, password, a new API token) on stdout.
    /// </summary>
    private static Task<int> Serve(CliContext context, string database, string? urls, CancellationToken cancellation) =>
        DbOption.Guard(context, StorageConnection.Parse(database), async () =>
        {
            var accounts = await DemoDatabase.PrepareAsync(database, cancellation).ConfigureAwait(false);
            return await ServeCommand.RunAsync(context, urls, database, config: null, app =>
            {
                context.Out.WriteLine();
                context.Out.WriteLine($"演示工作台：{string.Join(' ', app.Urls)}（演示数据库 {database}，账户和密码公开，只供演示）");
                context.Out.WriteLine("演示账户（每行：用户名、角色、部门、密码、API 令牌，以制表符分隔）：");
                foreach (var a in accounts)
                {
                    context.Out.WriteLine(string.Join('\t', a.Name, a.Role.ToString().ToLowerInvariant(), a.Department ?? "—", a.Password, a.Token));
                }

                context.Out.WriteLine("按 Ctrl+C 停止");
                context.Out.Flush();
                return Task.CompletedTask;
            }, cancellation).ConfigureAwait(false);
        });

    private static async Task<int> Run(CliContext context, DirectoryInfo output, CancellationToken cancellation)
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

        var written = new List<string> { "model.json（完整模型）", "facts.json（关键数据）", "audit.json（审核结果）" };
        foreach (var (name, corrected, label) in new[] { ("report", false, "报告原样生成，附审核意见"), ("report-corrected", true, "按明细表更正后的报告，附更正说明") })
        {
            var files = await Render(context, report, corrected, Path.Combine(output.FullName, name), cancellation);
            if (files is null)
            {
                return ExitCodes.UnreadableOrUsage;
            }

            written.Add($"{string.Join("、", files)}（{label}）");
        }

        context.Out.WriteLine();
        context.Out.WriteLine($"已写入 {output.FullName}：{string.Join("；", written)}");
        return ExitCodes.Success;
    }

    /// <summary>
    /// The sample's report as .docx, .html, the self-evaluation workbook .xlsx and, when LibreOffice is installed, .pdf; without a CJK font the charts are
    /// left out and the user is told why. Null when a file could not be written.
    /// </summary>
    private static async Task<List<string>?> Render(CliContext context, Report report, bool corrected, string basePath, CancellationToken cancellation)
    {
        var (model, options) = RenderPreparation.Prepare(report, corrected, review: true, charts: true);
        var renderer = new ReportRenderer();
        var formats = new List<ReportFormat> { ReportFormat.Docx, ReportFormat.Html, ReportFormat.Xlsx };
        if (LibreOfficeConverter.FindExecutable() is not null)
        {
            formats.Add(ReportFormat.Pdf);
        }
        else if (!corrected)
        {
            context.Error.WriteLine($"报告未生成 PDF（{LibreOfficeConverter.NotInstalledMessage}）");
        }

        var names = new List<string>();
        foreach (var format in formats)
        {
            var path = basePath + ReportFormats.Extension(format);
            var (_, error) = await renderer.RenderAsync(model, options, format, path, cancellation);
            if (error == ChartFontMissingException.DefaultMessage)
            {
                context.Error.WriteLine($"报告中不含图表：{error}");
                options = options with { Charts = false };
                (_, error) = await renderer.RenderAsync(model, options, format, path, cancellation);
            }

            if (error is not null)
            {
                context.Error.WriteLine($"{path}：{error}");
                return null;
            }

            names.Add(Path.GetFileName(path));
        }

        return names;
    }

    private static string N(decimal? value) => Markup.Escape(value?.ToString(CultureInfo.InvariantCulture) ?? "—");
}
