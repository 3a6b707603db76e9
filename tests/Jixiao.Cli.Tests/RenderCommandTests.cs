using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Jixiao.Audit.Engine;
using Jixiao.Documents.Json;
using Jixiao.Documents.Loading;
using Jixiao.Domain.Budgets;
using Jixiao.Domain.Numbers;
using Jixiao.Testing;
using Jixiao.Testing.Conversion;
using Sample = Jixiao.Testing.BundledSample;

namespace Jixiao.Cli.Tests;

/// <summary>`jixiao render` of the bundled sample, checked by independent tools (OpenXmlValidator, LibreOffice, poppler, Chromium).</summary>
public sealed class RenderCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_docx_passes_the_validator_and_opens_in_LibreOffice()
    {
        var docx = Render("docx");

        using (var document = WordprocessingDocument.Open(docx, false))
        {
            var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Microsoft365).Validate(document)
                .Select(e => $"{e.Path?.XPath}: {e.Description}");
            Assert.Empty(errors);
        }

        var pdf = LibreOffice.Convert(docx, "pdf", _folder.Path);
        Assert.True(new FileInfo(pdf).Length > 10_000);
    }

    [Fact]
    public void The_pdf_embeds_every_font_and_its_text_has_every_table_figure()
    {
        var pdf = Render("pdf");

        var fonts = CommandLineTools.PdfFonts(pdf).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToArray();
        Assert.NotEmpty(fonts);
        Assert.All(fonts, line => Assert.Matches(@"\s(yes)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$", line));

        var text = CommandLineTools.PdfText(pdf);
        Assert.DoesNotContain('\uFFFD', text);
        // Figures are compared without thousands separators: the table prints them ("5,261,400.00"), the figures below drop them.
        var flat = string.Concat(text.Where(c => !char.IsWhiteSpace(c) && c != ','));
        Assert.All(TableFigures(), figure => Assert.Contains(figure, flat, StringComparison.Ordinal));
    }

    [Fact]
    public void The_html_renders_in_headless_Chromium()
    {
        var html = Render("html");
        var artefacts = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artefacts")).FullName;
        var png = Path.Combine(artefacts, "sample-report-chromium.png");

        Chromium.Screenshot(html, png);

        Assert.True(new FileInfo(png).Length > 20_000, $"screenshot {png} is too small");
        File.Copy(html, Path.Combine(artefacts, "sample-report.html"), overwrite: true);
    }

    [Fact]
    public void The_markdown_has_its_chart_images_beside_it()
    {
        var result = Cli.Run("render", Sample.Path, "--to", "md", "-o", _folder.PathOf("r.md"), "--no-review").ExpectExit(ExitCodes.Success).ExpectNoCrash();

        Assert.Equal(4, result.OutLines.Length);
        Assert.All(result.OutLines.Skip(1), png => Assert.EndsWith(".png", png, StringComparison.Ordinal));
        Assert.DoesNotContain("审核意见", File.ReadAllText(_folder.PathOf("r.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void Charts_are_exported_as_png_and_svg()
    {
        var folder = _folder.PathOf("charts");

        var result = Cli.Run("render", Sample.Path, "--to", "html", "-o", _folder.PathOf("r.html"), "--charts", folder).ExpectExit(ExitCodes.Success).ExpectNoCrash();

        Assert.Equal(["图1.png", "图1.svg", "图2.png", "图2.svg", "图3.png", "图3.svg"], result.OutLines.Skip(1).Select(Path.GetFileName));
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(Path.Combine(folder, "图1.png"))[..4]);
        Assert.Contains("预算与执行情况", File.ReadAllText(Path.Combine(folder, "图2.svg")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_corrected_copy_lists_each_change()
    {
        Cli.Run("render", Sample.Path, "--to", "md", "-o", _folder.PathOf("c.md"), "--corrected", "--no-charts").ExpectExit(ExitCodes.Success).ExpectNoCrash();

        var text = File.ReadAllText(_folder.PathOf("c.md"));
        Assert.Contains("数据更正说明", text, StringComparison.Ordinal);
        Assert.Contains("表3“森防办基本支出/基本支出合计”预算调增数：0万元 → 149.23万元（按各明细行之和）", text, StringComparison.Ordinal);
        Assert.Contains("未更正", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_declaration_renders_to_docx_with_only_the_lint_findings_in_its_appendix()
    {
        var declaration = DeclarationSample.Report;
        var json = _folder.File("declaration.json", ModelJson.Serialize(declaration));
        var docx = _folder.PathOf("declaration.docx");

        Cli.Run("render", json, "--to", "docx", "-o", docx).ExpectExit(ExitCodes.Success).ExpectNoCrash();

        var (back, failure) = new ReportLoader().Load(docx);
        Assert.Null(failure);
        Assert.Equal(DeclarationFacts.Of(declaration), DeclarationFacts.Of(back!));
        using var document = WordprocessingDocument.Open(docx, false);
        var text = document.MainDocumentPart!.Document!.Body!.InnerText;
        var findings = new AuditEngine().Audit(declaration).Findings;
        var (lint, other) = (findings.Where(f => LintRules.Contains(f.RuleId)).ToArray(), findings.Where(f => !LintRules.Contains(f.RuleId)).ToArray());
        Assert.NotEmpty(lint);
        Assert.NotEmpty(other);
        Assert.Contains("附件：审核意见", text, StringComparison.Ordinal);
        Assert.All(lint, f => Assert.Contains(f.RuleId, text, StringComparison.Ordinal));
        Assert.All(other, f => Assert.DoesNotContain(f.RuleId, text, StringComparison.Ordinal));
    }

    [Fact]
    public void The_xlsx_is_the_self_evaluation_workbook_that_reads_back_to_the_same_facts()
    {
        var xlsx = Render("xlsx");

        var (back, failure) = new ReportLoader().Load(xlsx);
        Assert.Null(failure);
        Assert.Equal("xlsx", back!.Source?.Format);
        Assert.Equal(RoundTripFacts.Of(Sample.Report), RoundTripFacts.Of(back));
    }

    [Fact]
    public void A_declaration_is_not_exported_as_a_self_evaluation_workbook()
    {
        var json = _folder.File("declaration.json", ModelJson.Serialize(DeclarationSample.Report));

        var result = Cli.Run("render", json, "--to", "xlsx", "-o", _folder.PathOf("declaration.xlsx")).ExpectExit(ExitCodes.UnreadableOrUsage).ExpectNoCrash();

        Assert.Equal("declaration.json：只有部门整体支出绩效自评报告能导出为自评工作簿（.xlsx）；下一年的目标申报工作簿请用 jixiao targets new 生成", Assert.Single(result.ErrorLines));
        Assert.False(File.Exists(_folder.PathOf("declaration.xlsx")));
    }

    [Fact]
    public void A_wrong_format_is_one_message_and_exit_2()
    {
        var result = Cli.Run("render", Sample.Path, "--to", "rtf").ExpectExit(ExitCodes.UnreadableOrUsage).ExpectNoCrash();

        Assert.Equal("--to：不支持的格式“rtf”，可选 docx、pdf、html、md、xlsx", Assert.Single(result.ErrorLines));
    }

    private string Render(string format)
    {
        if (format == "pdf" && LibreOffice.Executable is null)
        {
            ExternalRequirement.Missing("LibreOffice（soffice，apt 包 libreoffice-writer-nogui）");
        }

        var output = _folder.PathOf("sample." + format);
        var result = Cli.Run("render", Sample.Path, "--to", format, "-o", output).ExpectExit(ExitCodes.Success).ExpectNoCrash();
        Assert.Equal(Path.GetFullPath(output), result.OutLines[0]);
        return output;
    }

    /// <summary>Every figure of 表2, 表3 and the target table's budget overview, as printed (without thousands separators, which the PDF may wrap at).</summary>
    private static IEnumerable<string> TableFigures()
    {
        var report = Sample.Report;
        var budget = report.BudgetTable!;
        var rows = budget.BasicBlocks.SelectMany(b => b.Lines.Append(b.Total)).Concat(budget.Projects).Append(budget.ProjectTotal).OfType<BudgetRow>();
        var figures = rows.SelectMany(r => Enum.GetValues<BudgetColumn>().Select(r.Get))
            .Concat(report.EconomicTable!.Rows.SelectMany(r => new[] { r.Amount, r.Share }))
            .Concat([report.Targets!.Overview.Basic, report.Targets.Overview.Project, report.Targets.Overview.FiscalAppropriation]);
        return figures.OfType<Stated>().Select(s => s.Text.Replace(",", string.Empty, StringComparison.Ordinal)).Distinct();
    }
}
