using Jixiao.Testing;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Jixiao.Documents.Loading;
using Jixiao.Documents.Neutral;
using Jixiao.Documents.Text;
using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;

namespace Jixiao.Documents.Tests.BadInput;

/// <summary>
/// Bad input never throws: each case gives one clear Chinese message naming the file (a <see cref="LoadFailure"/>)
/// or a <see cref="Report"/> whose reading problems name the problem, within the configured limits.
/// Every input is made here, in a temp folder; the timeout only guards against hangs.
/// </summary>
public sealed partial class BadInputTests
{
    private const int HangGuard = 60_000;

    // ---- files that cannot be read at all -------------------------------------------------------------

    [Fact(Timeout = HangGuard)]
    public async Task Empty_file_is_a_failure_naming_the_file()
    {
        var ct = TestContext.Current.CancellationToken;
        using var folder = new TempFolder();
        var path = folder.File("空的报告.txt", []);

        var failure = AssertFailure(await LoadAsync(path, ct), "空的报告.txt");

        Assert.Contains("文件为空", failure.Message);
    }

    [Fact(Timeout = HangGuard)]
    public async Task File_of_only_blank_lines_is_a_failure_naming_the_file()
    {
        var ct = TestContext.Current.CancellationToken;
        using var folder = new TempFolder();
        var path = folder.File("blank.txt", " \r\n\t\n\u3000\n\n");

        var failure = AssertFailure(await LoadAsync(path, ct), "blank.txt");

        Assert.Contains("空白", failure.Message);
    }

    [Fact(Timeout = HangGuard)]
    public async Task Binary_file_is_a_failure_naming_the_file()
    {
        var ct = TestContext.Current.CancellationToken;
        using var folder = new TempFolder();
        var bytes = new byte[64 * 1024];
        new Random(20230101).NextBytes(bytes);
        for (var i = 0; i < bytes.Length; i += 97)
        {
            bytes[i] = 0;
        }

        var path = folder.File("random.txt", bytes);

        var failure = AssertFailure(await LoadAsync(path, ct), "random.txt");

        Assert.Contains("不是文本文件", failure.Message);
    }

    [Fact(Timeout = HangGuard)]
    public async Task Docx_renamed_to_txt_is_recognised_by_content_and_read_as_Word()
    {
        var ct = TestContext.Current.CancellationToken;
        using var folder = new TempFolder();
        var bytes = MakeDocx(SyntheticReport.Clean);
        Assert.True(bytes.AsSpan().StartsWith("PK\u0003\u0004"u8), "the test's docx should be a real zip");
        var path = folder.File("报告.txt", bytes);

        var report = AssertReport(await LoadAsync(path, ct), "报告.txt");

        AssertReadsBackExactly(report);
    }

    [Fact(Timeout = HangGuard)]
    public async Task Pdf_renamed_to_txt_is_recognised_by_content_and_read_as_pdf()
    {
        var ct = TestContext.Current.CancellationToken;
        using var folder = new TempFolder();
        var bytes = Hostile.HostileCorpus.Pdf("Annual performance self-evaluation 2023", "The bureau spent its budget as planned.");
        Assert.True(bytes.AsSpan().StartsWith("%PDF"u8), "the test's PDF should be a real PDF");
        var path = folder.File("报告.txt", bytes);

        var report = AssertReport(await LoadAsync(path, ct), "报告.txt");

        Assert.Equal("pdf", report.Source?.Format);
        Assert.Equal(ReportGenre.Unknown, report.Genre);
        Assert.Single(report.ReadingProblems, p => p.Code == ReadingCodes.UnknownGenre);
    }

    [Fact(Timeout = HangGuard)]
    public async Task Broken_pdf_renamed_to_txt_is_a_failure_saying_the_pdf_is_damaged()
    {
        var ct = TestContext.Current.CancellationToken;
        using var folder = new TempFolder();
        var path = folder.File("报告.txt", Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n"));

        var failure = AssertFailure(await LoadAsync(path, ct), "报告.txt");

        Assert.Contains("PDF", failure.Message);
        Assert.Contains("损坏", failure.Message);
    }

    [Fact(Timeout = HangGuard)]
    public async Task Missing_file_is_a_failure_saying_it_does_not_exist()
    {
        var ct = TestContext.Current.CancellationToken;
        using var folder = new TempFolder();

        var failure = AssertFailure(await LoadAsync(folder.PathOf("不存在的报告.txt"), ct), "不存在的报告.txt");

        Assert.Equal("文件不存在", failure.Message);
        Assert.Equal("不存在的报告.txt：文件不存在", failure.ToString());
    }

    // ---- encodings -------------------------------------------------------------------------------------

    [Fact(Timeout = HangGuard)]
    public async Task GBK_text_without_BOM_is_decoded_exactly()
    {
        var ct = TestContext.Current.CancellationToken;
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding("GB18030").GetBytes(SyntheticReport.Clean);
        Assert.Throws<DecoderFallbackException>(() => new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes));
        using var folder = new TempFolder();
        var path = folder.File("gbk-report.txt", bytes);

        var report = AssertReport(await LoadAsync(path, ct), "gbk-report.txt");

        AssertReadsBackExactly(report);
    }

    [Theory(Timeout = HangGuard)]
    [InlineData("utf-8")]
    [InlineData("utf-16LE")]
    [InlineData("utf-16BE")]
    public async Task Text_with_BOM_is_decoded_exactly(string encodingName)
    {
        var ct = TestContext.Current.CancellationToken;
        Encoding encoding = encodingName switch
        {
            "utf-8" => new UTF8Encoding(encoderShouldEmitUTF8Identifier: true),
            "utf-16LE" => new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
            _ => new UnicodeEncoding(bigEndian: true, byteOrderMark: true),
        };
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes(SyntheticReport.Clean)];
        using var folder = new TempFolder();
        var path = folder.File($"bom-{encodingName}.txt", bytes);

        var report = AssertReport(await LoadAsync(path, ct), $"bom-{encodingName}.txt");

        AssertReadsBackExactly(report);
    }

    [Fact(Timeout = HangGuard)]
    public async Task UTF8_report_cut_inside_a_character_is_not_decoded_as_GB18030()
    {
        var ct = TestContext.Current.CancellationToken;
        // A download cut short ends in the middle of a multi-byte character; the rest of the file is valid UTF-8
        // and must not turn into mojibake.
        var text = SyntheticReport.Clean;
        var full = Encoding.UTF8.GetBytes(text[..(text.IndexOf("\t检查工作经费", StringComparison.Ordinal) + 3)]);
        var cut = full[..^1];
        Assert.Throws<DecoderFallbackException>(() => new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(cut));
        using var folder = new TempFolder();
        var path = folder.File("cut-in-a-character.txt", cut);

        var report = AssertReport(await LoadAsync(path, ct), "cut-in-a-character.txt");

        Assert.Equal(SyntheticReport.Title, report.Title);
        Assert.Equal(SyntheticReport.Department, report.Department);
    }

    // ---- documents of another kind, documents cut short ------------------------------------------------

    [Fact(Timeout = HangGuard)]
    public async Task News_text_is_of_unknown_genre_with_a_reading_problem()
    {
        var ct = TestContext.Current.CancellationToken;
        const string news = """
            天河区开展2023年“安全生产月”活动

            6月1日上午，天河区在天河体育中心举行2023年“安全生产月”活动启动仪式，区有关部门、各街道和企业代表约300人参加。
            活动现场设置了应急救援装备展示、安全知识问答等环节，吸引了众多市民参与。
            """;
        using var folder = new TempFolder();
        var path = folder.File("news.txt", news);

        var report = AssertReport(await LoadAsync(path, ct), "news.txt");

        Assert.Equal(ReportGenre.Unknown, report.Genre);
        var problem = Assert.Single(report.ReadingProblems, p => p.Code == ReadingCodes.UnknownGenre);
        AssertChinese(problem.Message);
        Assert.Null(report.BudgetTable);
        Assert.Null(report.Revenue);
    }

    [Fact(Timeout = HangGuard)]
    public async Task A_fragment_of_a_project_self_evaluation_table_is_read_as_its_genre_and_says_what_is_missing()
    {
        var ct = TestContext.Current.CancellationToken;
        var text = string.Join("\n",
            "# 2023年度检查工作经费项目支出绩效自评表",
            "",
            "项目名称\t检查工作经费\t\t",
            "主管部门\t广州市示例区测试局\t实施单位\t办公室",
            "项目资金（万元）\t年初预算数\t全年预算数\t全年执行数",
            "\t30.00\t30.00\t30.00",
            "");
        using var folder = new TempFolder();
        var path = folder.File("project-table.txt", text);

        var report = AssertReport(await LoadAsync(path, ct), "project-table.txt");

        Assert.Equal(ReportGenre.ProjectSelfEvaluationTable, report.Genre);
        var problem = Assert.Single(report.ReadingProblems, p => p.Code == ReadingCodes.PartMissing);
        Assert.Contains("项目支出绩效自评表", problem.Message);
    }

    [Fact(Timeout = HangGuard)]
    public async Task Report_cut_inside_the_target_table_lists_the_missing_parts()
    {
        var ct = TestContext.Current.CancellationToken;
        var text = SyntheticReport.CutInsideLine("\t\t质量指标");
        using var folder = new TempFolder();
        var path = folder.File("cut-in-target-table.txt", text);

        var report = AssertReport(await LoadAsync(path, ct), "cut-in-target-table.txt");

        Assert.Equal(ReportGenre.DepartmentSelfEvaluationReport, report.Genre);
        Assert.Equal(SyntheticReport.Department, report.Department);
        var missing = report.ReadingProblems.Where(p => p.Code == ReadingCodes.PartMissing).Select(p => p.Message).ToArray();
        Assert.Contains(missing, m => m.Contains("表3", StringComparison.Ordinal));
        Assert.Contains(missing, m => m.Contains("表2", StringComparison.Ordinal));
        Assert.Contains(missing, m => m.Contains("收入情况", StringComparison.Ordinal));
        Assert.Contains(missing, m => m.Contains("支出情况", StringComparison.Ordinal));
        Assert.All(missing, AssertChinese);
        Assert.Null(report.BudgetTable);
    }

    [Fact(Timeout = HangGuard)]
    public async Task Report_cut_inside_table_3_lists_the_missing_parts()
    {
        var ct = TestContext.Current.CancellationToken;
        var text = SyntheticReport.CutInsideLine("\t检查工作经费");
        using var folder = new TempFolder();
        var path = folder.File("cut-in-table-3.txt", text);

        var report = AssertReport(await LoadAsync(path, ct), "cut-in-table-3.txt");

        Assert.Equal(SyntheticReport.Department, report.Department);
        Assert.NotNull(report.BudgetTable);
        Assert.Contains(report.ReadingProblems, p => p.Code == ReadingCodes.PartMissing);
    }

    // ---- limits ----------------------------------------------------------------------------------------

    [Fact(Timeout = HangGuard)]
    public async Task File_of_50_MB_is_refused_at_the_default_limit_without_being_read()
    {
        var ct = TestContext.Current.CancellationToken;
        using var folder = new TempFolder();
        var path = folder.PathOf("huge.txt");
        WriteTextFile(path, 50L * 1024 * 1024);
        Assert.True(new FileInfo(path).Length > ReaderLimits.Default.MaxFileBytes, "the test file should exceed the default limit");

        var (result, allocated) = await Task.Run(() =>
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var loaded = new ReportLoader().Load(path);
            return (loaded, GC.GetAllocatedBytesForCurrentThread() - before);
        }, ct);

        var failure = AssertFailure(result, "huge.txt");
        Assert.Contains("超过上限", failure.Message);
        Assert.Contains(MegabytesAsPrinted(ReaderLimits.Default.MaxFileBytes), failure.Message);
        Assert.True(allocated < 4L * 1024 * 1024, $"refusing a large file should not read it, but {allocated} bytes were allocated");
    }

    [Fact(Timeout = HangGuard)]
    public async Task Custom_file_size_limit_is_honoured()
    {
        var ct = TestContext.Current.CancellationToken;
        var limits = new ReaderLimits { MaxFileBytes = 2L * 1024 * 1024 };
        using var folder = new TempFolder();
        var large = folder.PathOf("three-mb.txt");
        WriteTextFile(large, 3L * 1024 * 1024);
        var small = folder.File("small.txt", SyntheticReport.Clean);

        var failure = AssertFailure(await LoadAsync(large, limits, ct), "three-mb.txt");
        Assert.Contains("超过上限 " + MegabytesAsPrinted(limits.MaxFileBytes), failure.Message);
        Assert.True(new FileInfo(large).Length < ReaderLimits.Default.MaxFileBytes, "the file is within the default limit");
        AssertReport(await LoadAsync(large, ct), "three-mb.txt");

        AssertReport(await LoadAsync(small, limits, ct), "small.txt");
        var bytesFailure = AssertFailure(await Task.Run(() => new ReportLoader(limits).Load("in-memory.txt", new byte[limits.MaxFileBytes + 1]), ct), "in-memory.txt");
        Assert.Contains("超过上限", bytesFailure.Message);
    }

    [Fact(Timeout = HangGuard)]
    public async Task Small_custom_file_size_limit_is_printed_readably()
    {
        var ct = TestContext.Current.CancellationToken;
        var limits = new ReaderLimits { MaxFileBytes = 1000 };
        using var folder = new TempFolder();
        var path = folder.File("small-over-limit.txt", new string('测', 500));

        var failure = AssertFailure(await LoadAsync(path, limits, ct), "small-over-limit.txt");

        var match = SizeAndLimit().Match(failure.Message);
        Assert.True(match.Success, failure.Message);
        Assert.NotEqual(match.Groups["size"].Value, match.Groups["limit"].Value);
        Assert.DoesNotMatch(@"^0(\.0+)?\s*(MB|KB)?$", match.Groups["limit"].Value);
        Assert.DoesNotMatch(@"^0(\.0+)?\s*(MB|KB)?$", match.Groups["size"].Value);
    }

    [Fact(Timeout = HangGuard)]
    public async Task Table_with_a_thousand_columns_is_capped_with_a_reading_problem()
    {
        var ct = TestContext.Current.CancellationToken;
        var text = TableText(rows: 3, columns: 1000);
        var limits = ReaderLimits.Default;

        var document = await Task.Run(() => new PlainTextReader(limits).Read("wide.txt", text), ct);

        var table = Assert.Single(document.Blocks.OfType<TableBlock>());
        Assert.Equal(3, table.Rows.Count);
        Assert.All(table.Rows, r => Assert.Equal(limits.MaxTableColumns, r.Cells.Count));
        var problem = Assert.Single(document.Problems);
        Assert.Equal(ReadingCodes.LimitExceeded, problem.Code);
        Assert.Contains("1000", problem.Message);
        Assert.Contains(limits.MaxTableColumns.ToString(CultureInfo.InvariantCulture), problem.Message);
        Assert.Equal(3, problem.Location.Line);

        using var folder = new TempFolder();
        var report = AssertReport(await LoadAsync(folder.File("wide.txt", text), ct), "wide.txt");
        Assert.Single(report.ReadingProblems, p => p.Code == ReadingCodes.LimitExceeded);
    }

    [Fact(Timeout = HangGuard)]
    public async Task Custom_column_limit_is_honoured()
    {
        var ct = TestContext.Current.CancellationToken;
        var limits = new ReaderLimits { MaxTableColumns = 8 };

        var document = await Task.Run(() => new PlainTextReader(limits).Read("wide.txt", TableText(rows: 2, columns: 20)), ct);

        Assert.All(document.Blocks.OfType<TableBlock>().Single().Rows, r => Assert.Equal(8, r.Cells.Count));
        Assert.Single(document.Problems, p => p.Code == ReadingCodes.LimitExceeded && p.Message.Contains('8', StringComparison.Ordinal));
    }

    [Fact(Timeout = HangGuard)]
    public async Task Line_longer_than_the_limit_is_cut_with_a_reading_problem()
    {
        var ct = TestContext.Current.CancellationToken;
        var limits = ReaderLimits.Default;
        var text = "# 说明\n\n" + new string('测', limits.MaxLineLength + 10) + "\n";

        var document = await Task.Run(() => new PlainTextReader(limits).Read("long-line.txt", text), ct);

        var problem = Assert.Single(document.Problems);
        Assert.Equal(ReadingCodes.LimitExceeded, problem.Code);
        Assert.Equal(3, problem.Location.Line);
        Assert.Contains(limits.MaxLineLength.ToString(CultureInfo.InvariantCulture), problem.Message);
        var paragraph = Assert.Single(document.Blocks.OfType<ParagraphBlock>());
        Assert.True(paragraph.Text.Length <= limits.MaxLineLength, $"paragraph of {paragraph.Text.Length} characters");

        using var folder = new TempFolder();
        var report = AssertReport(await LoadAsync(folder.File("long-line.txt", text), ct), "long-line.txt");
        Assert.Contains(report.ReadingProblems, p => p.Code == ReadingCodes.LimitExceeded);
    }

    [Fact(Timeout = HangGuard)]
    public async Task Custom_line_length_limit_is_honoured_in_tables_too()
    {
        var ct = TestContext.Current.CancellationToken;
        var limits = new ReaderLimits { MaxLineLength = 50 };
        var text = "项目\t说明\n" + "检查\t" + new string('测', 200) + "\n";

        var document = await Task.Run(() => new PlainTextReader(limits).Read("long-cell.txt", text), ct);

        var problem = Assert.Single(document.Problems);
        Assert.Equal(ReadingCodes.LimitExceeded, problem.Code);
        Assert.Equal(2, problem.Location.Line);
        var row = document.Blocks.OfType<TableBlock>().Single().Rows[1];
        Assert.True(row.Cells.Sum(c => c.Length) <= 50);
    }

    [Fact(Timeout = HangGuard)]
    public async Task Table_with_more_rows_than_the_limit_is_capped_with_a_reading_problem()
    {
        var ct = TestContext.Current.CancellationToken;
        var limits = new ReaderLimits { MaxTableRows = 10 };

        var document = await Task.Run(() => new PlainTextReader(limits).Read("long-table.txt", TableText(rows: 25, columns: 4)), ct);

        var table = Assert.Single(document.Blocks.OfType<TableBlock>());
        Assert.Equal(10, table.Rows.Count);
        var problem = Assert.Single(document.Problems);
        Assert.Equal(ReadingCodes.LimitExceeded, problem.Code);
        Assert.Contains("10", problem.Message);
        Assert.Equal(13, problem.Location.Line);
        AssertChinese(problem.Message);
    }

    // ---- cells that are not numbers --------------------------------------------------------------------

    [Fact(Timeout = HangGuard)]
    public async Task Non_numeric_cell_in_a_table_3_figure_column_is_named_by_its_cell()
    {
        var ct = TestContext.Current.CancellationToken;
        const string personnelRow = "基本支出\t人员经费\t80.00\t10.00\t0\t90.00\t88.00\t97.78%";
        Assert.Contains(personnelRow, SyntheticReport.Clean);
        var text = SyntheticReport.Clean.Replace(personnelRow, personnelRow.Replace("\t88.00\t", "\t八十八\t", StringComparison.Ordinal), StringComparison.Ordinal);
        using var folder = new TempFolder();
        var path = folder.File("not-a-number.txt", text);

        var report = AssertReport(await LoadAsync(path, ct), "not-a-number.txt");

        var problem = Assert.Single(report.ReadingProblems, p => p.Code == ReadingCodes.NotANumber);
        Assert.Equal("表3!G2", problem.Location.Cell);
        Assert.Equal("实际支出", problem.Location.Column);
        Assert.Contains("表3!G2", problem.Message);
        Assert.Contains("八十八", problem.Message);
        Assert.Contains("人员经费", problem.Message);
        var personnel = report.BudgetTable!.DepartmentBlock!.Lines.Single(l => l.Label == "人员经费");
        Assert.Null(personnel.Actual);
        Assert.Equal("90.00", personnel.Adjusted?.Text);
    }

    // ---- model JSON that is not a model ----------------------------------------------------------------

    [Theory(Timeout = HangGuard)]
    [InlineData("""{"schemaVersion": "1", "year": "二〇二三年"}""", "格式错误")]
    [InlineData("""{"schemaVersion": "1", "genre": "novel"}""", "格式错误")]
    [InlineData("""{"schemaVersion": "1", "sections": [ {"path": """, "格式错误")]
    [InlineData("""{"schemaVersion": "99"}""", "schemaVersion")]
    public async Task Broken_model_JSON_is_a_failure_naming_the_file(string json, string expected)
    {
        var ct = TestContext.Current.CancellationToken;
        using var folder = new TempFolder();
        var path = folder.File("model.json", json);

        var failure = AssertFailure(await LoadAsync(path, ct), "model.json");

        Assert.Contains(expected, failure.Message);
    }

    [Fact(Timeout = HangGuard)]
    public async Task Deeply_nested_model_JSON_is_a_failure_naming_the_file()
    {
        var ct = TestContext.Current.CancellationToken;
        var json = """{"schemaVersion": "1", "extra": """ + string.Concat(Enumerable.Repeat("[", 100_000)) + string.Concat(Enumerable.Repeat("]", 100_000)) + "}";
        using var folder = new TempFolder();
        var path = folder.File("nested.json", json);

        var failure = AssertFailure(await LoadAsync(path, ct), "nested.json");

        Assert.Contains("格式错误", failure.Message);
    }

    [Fact(Timeout = HangGuard)]
    public async Task Model_JSON_with_null_lists_is_refused_or_read_with_empty_lists()
    {
        var ct = TestContext.Current.CancellationToken;
        const string json = """{"schemaVersion": "1", "readingProblems": null, "claims": null, "sections": null, "problems": null, "measures": null}""";
        using var folder = new TempFolder();
        var path = folder.File("null-lists.json", json);

        var (report, failure) = await LoadAsync(path, ct);

        if (failure is not null)
        {
            AssertFailure((report, failure), "null-lists.json");
            return;
        }

        Assert.NotNull(report);
        Assert.NotNull(report.ReadingProblems);
        Assert.NotNull(report.Claims);
        Assert.NotNull(report.Sections);
        Assert.NotNull(report.Problems);
        Assert.NotNull(report.Measures);
    }

    // ---- helpers ---------------------------------------------------------------------------------------

    private static Task<(Report? Report, LoadFailure? Failure)> LoadAsync(string path, CancellationToken ct) => LoadAsync(path, null, ct);

    private static Task<(Report? Report, LoadFailure? Failure)> LoadAsync(string path, ReaderLimits? limits, CancellationToken ct) =>
        Task.Run(() => new ReportLoader(limits ?? ReaderLimits.Default).Load(path), ct);

    private static LoadFailure AssertFailure((Report? Report, LoadFailure? Failure) result, string fileName)
    {
        Assert.Null(result.Report);
        var failure = Assert.IsType<LoadFailure>(result.Failure);
        Assert.Equal(fileName, failure.FileName);
        Assert.Equal(ReadingCodes.Unreadable, failure.Code);
        var line = failure.ToString();
        Assert.StartsWith(fileName + "：", line);
        Assert.DoesNotContain('\n', line);
        AssertChinese(failure.Message);
        Assert.DoesNotContain("Exception", line);
        return failure;
    }

    private static Report AssertReport((Report? Report, LoadFailure? Failure) result, string fileName)
    {
        Assert.Null(result.Failure);
        var report = Assert.IsType<Report>(result.Report);
        Assert.Equal(fileName, report.File);
        Assert.All(report.ReadingProblems, p => AssertChinese(p.Message));
        return report;
    }

    private static void AssertReadsBackExactly(Report report)
    {
        Assert.Equal(ReportGenre.DepartmentSelfEvaluationReport, report.Genre);
        Assert.Equal(SyntheticReport.Title, report.Title);
        Assert.Equal(SyntheticReport.Department, report.Department);
        Assert.Equal(2023, report.Year);
        Assert.Equal(SyntheticReport.Department, report.Targets?.DepartmentName);
        var initial = report.Revenue?.Total.Initial;
        Assert.NotNull(initial);
        Assert.Equal(SyntheticReport.RevenueInitialText, initial.Text);
        Assert.Equal(MoneyUnits.TenThousandYuan, initial.Unit);
        Assert.Equal(SyntheticReport.ExpenditureActualText, report.Expenditure?.Actual?.Text);
        Assert.Equal(["检查工作经费", "宣传工作经费"], report.BudgetTable?.Projects.Select(p => p.Label));
        Assert.DoesNotContain(report.ReadingProblems, p => p.Code is ReadingCodes.PartMissing or ReadingCodes.UnknownGenre or ReadingCodes.NotANumber);
    }

    private static void AssertChinese(string message) =>
        Assert.True(message.Any(c => c is >= '\u4E00' and <= '\u9FFF'), $"not a Chinese message: {message}");

    /// <summary>A heading, then a tab-separated table whose first row is on line 3.</summary>
    private static string TableText(int rows, int columns)
    {
        var builder = new StringBuilder("# 宽表\n\n");
        for (var r = 0; r < rows; r++)
        {
            builder.AppendJoin('\t', Enumerable.Range(1, columns).Select(c => r == 0 ? "列" + c : (r * c).ToString(CultureInfo.InvariantCulture)));
            builder.Append('\n');
        }

        return builder.ToString();
    }

    private static void WriteTextFile(string path, long length)
    {
        var line = Encoding.UTF8.GetBytes("2023年本单位预算收入 150.00 万元，调整预算数 160.00 万元，决算数 155.00 万元。\n");
        var block = new byte[1024 * 1024];
        for (var i = 0; i < block.Length; i++)
        {
            block[i] = line[i % line.Length];
        }

        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        for (long written = 0; written < length; written += block.Length)
        {
            stream.Write(block, 0, (int)Math.Min(block.Length, length - written));
        }
    }

    /// <summary>The limit as ReportLoader prints it.</summary>
    private static string MegabytesAsPrinted(long bytes) => $"{bytes / 1048576.0:0.#} MB";

    /// <summary>A real Word document (written with OpenXML: heading styles, paragraphs, tables) holding the report's text form.</summary>
    private static byte[] MakeDocx(string text) =>
        Docx.DocumentDocx.Write(new PlainTextReader(ReaderLimits.Default).Read("report.txt", text));

    [GeneratedRegex("文件大小 (?<size>[^，]+)，超过上限 (?<limit>[^，]+)，")]
    private static partial Regex SizeAndLimit();
}
