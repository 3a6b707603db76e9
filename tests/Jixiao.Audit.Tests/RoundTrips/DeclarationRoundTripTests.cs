using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Jixiao.Audit.Engine;
using Jixiao.Documents.Loading;
using Jixiao.Documents.Writers;
using Jixiao.Documents.Writers.Composition;
using Jixiao.Documents.Writers.Layout;
using Jixiao.Domain.Reports;
using Jixiao.Testing;
using Jixiao.Testing.Conversion;

namespace Jixiao.Audit.Tests.RoundTrips;

/// <summary>
/// A target declaration (绩效目标申报表) rendered to every format reads back, through Jixiao's own readers, as a declaration
/// with the same department and project target tables — 历史标准 and 调整理由 included; the lint's findings go to its appendix.
/// </summary>
public sealed class DeclarationRoundTripTests
{
    public static TheoryData<string> Formats => ["docx", "html", "md", "pdf"];

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task The_rendered_declaration_reads_back_to_the_same_target_tables(string format)
    {
        var declaration = DeclarationSample.Report;
        using var folder = new TempFolder();

        var back = Load(await Render(declaration, format, CompositionOptions.Default, folder));

        Assert.Equal(ReportGenre.TargetDeclaration, back.Genre);
        Assert.Equal(DeclarationFacts.Of(declaration), DeclarationFacts.Of(back));
        Assert.DoesNotContain(back.ReadingProblems, p => p.Code == ReadingCodes.PartMissing);
    }

    [Fact]
    public void The_declaration_is_its_title_and_target_tables_with_history_columns()
    {
        var document = ReportComposer.Compose(DeclarationSample.Report);

        Assert.Equal(["2024年度广州市天河区应急管理局", "绩效目标申报表"], document.Title);
        var tables = document.Parts.OfType<TablePart>().ToArray();
        Assert.Equal(
            ["表1：2024年度部门整体支出绩效目标表", "表2：项目支出绩效目标表（应急指挥救援业务经费）", "表3：项目支出绩效目标表（天河区森林防火经费）", "表4：项目支出绩效目标表（三防办购置经费）"],
            tables.Select(t => t.Caption));
        Assert.Equal(["绩效指标", "一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值", "上年指标值", "上年实际值", "调整理由"], HeaderOf(tables[0]));
        Assert.Equal(["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "上年指标值", "上年实际值", "调整理由"], HeaderOf(tables[1]));
        Assert.Contains(tables[2].Body, r => r.Cells.Select(c => c.Text).SequenceEqual(["项目资金（万元）", "年度资金总额", "75.592"]));
        Assert.DoesNotContain(document.Parts, p => p is HeadingPart { Text: "附件：审核意见" } or FigurePart);
    }

    [Fact]
    public void Without_history_the_tables_have_only_their_targets()
    {
        var plain = DeclarationSample.Report;
        plain = plain with
        {
            Targets = plain.Targets! with { Indicators = plain.Targets.Indicators.Select(i => i with { PriorYear = null, ChangeReason = null }).ToArray() },
        };

        var table = ReportComposer.Compose(plain).Parts.OfType<TablePart>().First();

        Assert.Equal(["绩效指标", "一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值"], HeaderOf(table));
    }

    [Fact]
    public async Task The_lint_findings_are_listed_in_the_appendix()
    {
        var declaration = DeclarationSample.Report;
        var findings = LintRules.Of(new AuditEngine().Audit(declaration));
        Assert.NotEmpty(findings);
        var notes = findings.Select(f => new ReviewNote(f.RuleId, "警告", f.Title, f.Message, "—")).ToArray();
        using var folder = new TempFolder();

        var markdown = await File.ReadAllTextAsync(await Render(declaration, "md", new CompositionOptions(notes, []), folder));

        Assert.Contains("附件：审核意见", markdown, StringComparison.Ordinal);
        Assert.Contains($"经 Jixiao 审核，本申报表共有错误 0 项、警告 {notes.Length} 项、提示 0 项", markdown, StringComparison.Ordinal);
        Assert.All(findings, f => Assert.Contains(f.Message, markdown, StringComparison.Ordinal));
        Assert.Equal(DeclarationFacts.Of(declaration), DeclarationFacts.Of(Load(folder.PathOf("declaration.md"))));
    }

    [Fact]
    public async Task The_docx_passes_the_validator()
    {
        using var folder = new TempFolder();
        var docx = await Render(DeclarationSample.Report, "docx", CompositionOptions.Default, folder);

        using var document = WordprocessingDocument.Open(docx, false);
        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Microsoft365).Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_document_of_target_tables_without_a_declaration_title_is_a_declaration()
    {
        using var folder = new TempFolder();
        var markdown = await File.ReadAllTextAsync(await Render(DeclarationSample.Report, "md", CompositionOptions.Default, folder));
        var untitled = folder.File("untitled.md", markdown.Replace("# 2024年度广州市天河区应急管理局绩效目标申报表", "# 2024年度广州市天河区应急管理局", StringComparison.Ordinal));

        var back = Load(untitled);

        Assert.Equal(ReportGenre.TargetDeclaration, back.Genre);
        Assert.Equal(DeclarationFacts.Of(DeclarationSample.Report), DeclarationFacts.Of(back));
    }

    private static string[] HeaderOf(TablePart table) =>
        table.Body.First(r => r.Cells.Count > 1 && r.Cells[1].Text == "一级指标").Cells.Select(c => c.Text).ToArray();

    private static async Task<string> Render(Report declaration, string format, CompositionOptions options, TempFolder folder)
    {
        if (format == "pdf" && LibreOffice.Executable is null)
        {
            ExternalRequirement.Missing("LibreOffice（soffice，apt 包 libreoffice-writer-nogui）");
        }

        var (files, error) = await new ReportRenderer().RenderAsync(ReportComposer.Compose(declaration, options), ReportFormats.Parse(format)!.Value, folder.PathOf("declaration." + format));
        Assert.Null(error);
        return files[0];
    }

    private static Report Load(string path)
    {
        var (report, failure) = new ReportLoader().Load(path);
        Assert.Null(failure);
        return report!;
    }
}
