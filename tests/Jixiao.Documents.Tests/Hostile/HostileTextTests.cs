using System.Globalization;
using System.Text;
using Jixiao.Audit.Engine;
using Jixiao.Documents.Html;
using Jixiao.Documents.Loading;
using Jixiao.Documents.Neutral;
using Jixiao.Domain.Reports;
using Jixiao.Testing;
using static Jixiao.Documents.Tests.Hostile.HostileGuard;

namespace Jixiao.Documents.Tests.Hostile;

/// <summary>
/// Hostile text: a gigabyte on one line (streamed, never allocated), a million table rows, 200,000-deep HTML, NUL
/// bytes, invalid UTF-8, GBK without a BOM, numbers past decimal (1e400, 99999999999999999999.99), negative budgets
/// and impossible dates. Each is refused at a limit or read with reading problems, and the audit runs on what was read.
/// </summary>
public sealed class HostileTextTests
{
    private const string PersonnelRow = "基本支出\t人员经费\t80.00\t10.00\t0\t90.00\t88.00\t97.78%";

    [Fact]
    public async Task Gigabyte_single_line_is_refused_at_the_file_size_limit_after_reading_only_the_limit()
    {
        var stream = new LazyLineStream(1L << 30);

        var (bytes, failure) = await Within(() => new ReportLoader().ReadStream("one-line.txt", stream));

        Assert.Null(bytes);
        Assert.NotNull(failure);
        Assert.StartsWith("one-line.txt：文件大小", failure.ToString());
        Assert.Contains("Limits:MaxFileBytes", failure.Message);
        Assert.True(stream.Served <= ReaderLimits.Default.MaxFileBytes + 81920, $"read {stream.Served} bytes of the gigabyte");
    }

    [Fact]
    public async Task Line_longer_than_the_limit_is_cut_with_a_reading_problem_naming_it()
    {
        var text = "# 说明\n\n" + new string('测', 3 * 1024 * 1024) + "\n";

        var (report, failure) = await Load("long-line.txt", Encoding.UTF8.GetBytes(text));

        Assert.Null(failure);
        var problem = Assert.Single(report!.ReadingProblems, p => p.Code == ReadingCodes.LimitExceeded);
        Assert.Contains(ReaderLimits.Default.MaxLineLength.ToString(CultureInfo.InvariantCulture), problem.Message);
    }

    [Fact]
    public async Task Million_table_rows_are_cut_at_the_row_limit()
    {
        var text = new StringBuilder("# 明细表\n\n项目\t金额\n");
        for (var i = 0; i < 1_000_000; i++)
        {
            text.Append("项目").Append(i).Append('\t').Append(i % 1000).Append(".00\n");
        }

        var (report, failure) = await Load("million-rows.txt", Encoding.UTF8.GetBytes(text.ToString()));

        Assert.Null(failure);
        var problem = Assert.Single(report!.ReadingProblems, p => p.Code == ReadingCodes.LimitExceeded);
        Assert.Contains(ReaderLimits.Default.MaxTableRows.ToString("N0", CultureInfo.InvariantCulture).Replace(",", string.Empty, StringComparison.Ordinal), problem.Message.Replace(",", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Html_nested_200000_deep_is_flattened_with_a_reading_problem_naming_the_limit()
    {
        const int depth = 200_000;
        var page = new StringBuilder("<html><body>").Insert(12, "<div>", depth).Append("<h1>").Append(SyntheticReport.Title).Append("</h1><p>正文段落在最深处。</p>").ToString();

        var result = await Load("deep.html", Encoding.UTF8.GetBytes(page));

        var report = Assert.IsType<Report>(result.Report);
        Assert.Contains(report.ReadingProblems, p => p.Code == ReadingCodes.LimitExceeded && p.Message.Contains("Limits:MaxHtmlDepth", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Custom_html_depth_limit_is_honoured()
    {
        var page = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 40)) + "<p>" + SyntheticReport.Title + "</p><p>正文段落在较深处，共有四十层。</p></body></html>";

        var outcome = await Within(() => new HtmlReader(ReaderLimits.Default with { MaxHtmlDepth = 20 }).Read("deep.html", page));

        Assert.Contains(outcome.Document!.Problems, p => p.Message.StartsWith("网页的元素嵌套超过 20 层", StringComparison.Ordinal));
    }

    [Fact]
    public async Task NUL_bytes_give_a_report_or_a_refusal_never_a_crash()
    {
        var bytes = Encoding.UTF8.GetBytes(SyntheticReport.Clean);
        for (var i = 100; i < bytes.Length; i += 500)
        {
            bytes[i] = 0;
        }

        AssertReadOrRefused(await Load("nul.txt", bytes), "nul.txt");
        AssertReadOrRefused(await Load("one-nul.txt", [.. Encoding.UTF8.GetBytes(SyntheticReport.Clean), 0]), "one-nul.txt");
    }

    [Fact]
    public async Task Invalid_UTF8_is_decoded_and_read()
    {
        var bytes = Encoding.UTF8.GetBytes(SyntheticReport.Clean);
        for (var i = 50; i < bytes.Length; i += 997)
        {
            bytes[i] = 0xFF;
        }

        var result = await Load("invalid-utf8.txt", bytes);

        AssertReadOrRefused(result, "invalid-utf8.txt");
        Assert.NotNull(result.Report);
    }

    [Fact]
    public async Task GBK_without_a_BOM_is_read_exactly()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

        var (report, _) = await Load("gbk.txt", Encoding.GetEncoding("GBK").GetBytes(SyntheticReport.Clean));

        Assert.Equal(SyntheticReport.Department, report!.Department);
        Assert.Equal(SyntheticReport.RevenueInitialText, report.Revenue?.Total.Initial?.Text);
    }

    [Theory]
    [InlineData("1e400")]
    [InlineData("99999999999999999999.99")]
    [InlineData("-99999999999999999999999999999999999.99")]
    [InlineData("79228162514264337593543950336")]
    public async Task Numbers_past_decimal_are_reading_problems_not_crashes(string figure)
    {
        var text = SyntheticReport.Clean.Replace(PersonnelRow, PersonnelRow.Replace("\t88.00\t", $"\t{figure}\t", StringComparison.Ordinal), StringComparison.Ordinal);

        var (report, failure) = await Load("huge-number.txt", Encoding.UTF8.GetBytes(text));

        Assert.Null(failure);
        var problem = Assert.Single(report!.ReadingProblems, p => p.Code == ReadingCodes.NotANumber);
        Assert.Contains(figure, problem.Message);
        await Within(() => new AuditEngine().Audit(report));
    }

    [Fact]
    public async Task Huge_figures_in_sentences_and_indicator_values_do_not_crash_the_audit()
    {
        var text = SyntheticReport.Clean + string.Join("\n",
            "",
            "本年收入合计99999999999999999999999999.99万元，支出合计1e400万元。",
            "完成率在99999999999999999999999999999%-100%的指标有3个，合计得分为9.5分。",
            "实际完成值为99999999999999999999999亿元。",
            "");

        var (report, failure) = await Load("huge-sentences.txt", Encoding.UTF8.GetBytes(text));

        Assert.Null(failure);
        await Within(() => new AuditEngine().Audit(report!));
    }

    [Fact]
    public async Task Negative_budget_is_read_and_audited()
    {
        var text = SyntheticReport.Clean.Replace(PersonnelRow, PersonnelRow.Replace("\t80.00\t", "\t-80.00\t", StringComparison.Ordinal), StringComparison.Ordinal);

        var (report, failure) = await Load("negative.txt", Encoding.UTF8.GetBytes(text));

        Assert.Null(failure);
        var personnel = report!.BudgetTable!.DepartmentBlock!.Lines.Single(l => l.Label == "人员经费");
        Assert.Equal(-800_000m, personnel.Initial?.Value);
        var findings = await Within(() => new AuditEngine().Audit(report).Findings);
        Assert.NotEmpty(findings);
    }

    [Fact]
    public async Task Table_3_row_with_only_the_block_name_before_its_figures_is_skipped()
    {
        // Regression (fuzz, seed 1, text input 3353 and html input 759): BudgetTableExtractor threw ArgumentOutOfRangeException.
        var text = SyntheticReport.Clean.Replace(PersonnelRow, PersonnelRow.Replace("\t人员经费\t", "\t\t", StringComparison.Ordinal), StringComparison.Ordinal);

        var (report, failure) = await Load("block-name-only.txt", Encoding.UTF8.GetBytes(text));

        Assert.Null(failure);
        Assert.NotNull(report!.BudgetTable);
        Assert.DoesNotContain(report.BudgetTable.DepartmentBlock!.Lines, l => l.Label == "人员经费");
    }

    [Fact]
    public async Task Impossible_date_is_a_reading_problem()
    {
        // Dates are checked where the report gives them: in its account of performance management.
        var text = SyntheticReport.Clean.Replace("#### 三、存在的主要问题", "#### （二）绩效管理情况\n\n本单位于2023年13月45日完成绩效自评。\n\n#### 三、存在的主要问题", StringComparison.Ordinal);

        var (report, failure) = await Load("bad-date.txt", Encoding.UTF8.GetBytes(text));

        Assert.Null(failure);
        Assert.Contains(report!.ReadingProblems, p => p.Code == ReadingCodes.NotANumber && p.Message.Contains("2023年13月45日", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("0000年1月")]
    [InlineData("2023年13月45日")]
    [InlineData("99999999999999999999999999999亿元")]
    [InlineData("≥99999999999999999999999999999万")]
    public void Indicator_actual_values_past_the_calendar_or_decimal_are_read_as_words(string actual)
    {
        // Regression: ActualReading threw OverflowException / ArgumentOutOfRangeException on these.
        var reading = Domain.Scoring.ActualReading.Read(actual);

        Assert.Null(reading.Date);
        Assert.Null(reading.Number);
        Assert.Null(NumberReaderCompletion(actual));
    }

    private static Domain.Numbers.Stated? NumberReaderCompletion(string text) =>
        Documents.Extraction.NumberReader.Completion(text, SourceLocation.Unknown);

    [Fact]
    public void Limits_not_greater_than_zero_are_named()
    {
        Assert.Empty(ReaderLimits.Default.NotPositive());
        Assert.Equal(["MaxZipEntries", "MaxReadSeconds"], (ReaderLimits.Default with { MaxZipEntries = 0, MaxReadSeconds = -1 }).NotPositive());
    }
}
