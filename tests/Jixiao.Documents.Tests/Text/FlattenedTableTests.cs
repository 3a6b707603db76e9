using Jixiao.Domain.Reports;
using Jixiao.Documents.Neutral;
using static Jixiao.Documents.Tests.Text.TextTables;

namespace Jixiao.Documents.Tests.Text;

/// <summary>Tables printed one cell per line, rebuilt from the vocabulary of the 自评表 forms (synthetic fixtures).</summary>
public sealed class FlattenedTableTests
{
    /// <summary>Sichuan's 部门预算项目支出绩效自评表 as web pages flatten it: " |" after each cell, a bare "|" for an empty one.</summary>
    private static readonly string[] Sichuan =
    [
        "TITLE: 部门预算项目支出绩效自评表 — 测试局",                      // 1
        "部门预算项目支出绩效自评表(2023年度) |",                          // 2
        "项目名称 |", "测试培训项目 |",                                   // 3-4
        "主管部门 |", "测试局 |",                                         // 5-6
        "实施单位 (盖章) |", "测试中心 |",                                 // 7-8
        "项目基本情况 |", "1.项目年度目标完成情况 |", "项目年度目标 |", "年度目标完成情况 |", // 9-12
        "完成培训200人次。 |", "完成培训230人次。 |",                       // 13-14
        "2.项目实施内容及过程概述 |", "|",                                 // 15-16
        "预算执行情况(10分) |", "年度预算数(万元) |", "年初预算 |", "调整后预算数 |", "预算执行数 |", // 17-21
        "预算执行率 |", "权重 |", "得分 |", "原因 |",                      // 22-25
        "总额 |", "100.00 |", "120.00 |", "108.00 |", "90.00% |", "10 |", "9 |", "年中追加培训经费20万元。 |", // 26-33
        "其中:财政资金 |", "100.00 |", "120.00 |", "108.00 |", "90.00% |", "/ |", "/ |", // 34-40
        "其他资金 |", "|", "|", "|", "|", "/ |", "/ |",                     // 41-47
        "绩效指标(90分) |", "一级指标 |", "二级指标 |", "三级指标 |", "指标性质 |", "指标值 |", // 48-53
        "度量单位 |", "完成值 |", "权重 |", "得分 |", "未完成原因分析 |",    // 54-58
        "产出指标 |", "数量指标 |", "培训人次 |", "≥ |", "200 |", "人次 |", "230 |", "30 |", "30 |", "|", // 59-68
        "时效指标 |", "按时完成率 |", "= |", "100 |", "% |", "100 |", "20 |", "20 |", "|",             // 69-77
        "培训合格率 |", "≥ |", "95 |", "% |", "98 |", "20 |", "20 |", "|",                             // 78-85
        "满意度指标 |", "服务对象满意度指标 |", "学员满意度 |", "≥ |", "90 |", "% |", "95 |", "20 |", "20 |", "|", // 86-95
        "合计 |", "100 |", "99 |", "|",                                   // 96-99
        "评价结论 |", "项目完成良好。 |",                                   // 100-101
        "项目负责人:张三 |",                                              // 102
    ];

    [Fact]
    public void The_sichuan_form_flattened_with_bar_trailers_is_rebuilt_to_its_grid()
    {
        var document = Read(Lines(Sichuan));
        Assert.Empty(document.Problems);
        var table = Assert.Single(document.Blocks.OfType<TableBlock>());
        var rows = table.Rows.Select(r => (r.Line, Cells: string.Join("|", r.Cells))).ToArray();
        (int, string)[] expected =
        [
            (2, "部门预算项目支出绩效自评表（2023年度）"),
            (3, "项目名称|测试培训项目"),
            (5, "主管部门|测试局"),
            (7, "实施单位（盖章）|测试中心"),
            (9, "项目基本情况|1.项目年度目标完成情况|项目年度目标|年度目标完成情况"),
            (13, "||完成培训200人次。|完成培训230人次。"),
            (15, "|2.项目实施内容及过程概述||"),
            (17, "预算执行情况（10分）|年度预算数（万元）|年初预算|调整后预算数|预算执行数|预算执行率|权重|得分|原因"),
            (26, "|总额|100.00|120.00|108.00|90.00%|10|9|年中追加培训经费20万元。"),
            (34, "|其中：财政资金|100.00|120.00|108.00|90.00%|/|/|"),
            (41, "|其他资金|||||/|/|"),
            (48, "绩效指标（90分）|一级指标|二级指标|三级指标|指标性质|指标值|度量单位|完成值|权重|得分|未完成原因分析"),
            (59, "|产出指标|数量指标|培训人次|≥|200|人次|230|30|30|"),
            (69, "||时效指标|按时完成率|=|100|%|100|20|20|"),
            (78, "|||培训合格率|≥|95|%|98|20|20|"),
            (86, "|满意度指标|服务对象满意度指标|学员满意度|≥|90|%|95|20|20|"),
            (96, "合计||||||||100|99|"),
            (100, "评价结论|项目完成良好。"),
            (102, "项目负责人：张三"),
        ];
        Assert.Equal(expected, rows);
    }

    /// <summary>The MoF 项目支出绩效自评表 (财预〔2020〕10号) printed one cell per line without markers, every cell filled.</summary>
    private static readonly string[] Ministry =
    [
        "项目支出绩效自评表",                                                // 1
        "（2023年度）",                                                      // 2
        "项目名称", "测试培训项目", "主管部门", "测试局", "实施单位", "测试中心",  // 3-8
        "项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", // 9-15
        "年度资金总额", "100", "120", "108", "10", "90%", "9",                // 16-22
        "其中：当年财政拨款", "100", "120", "108", "—", "90%", "—",            // 23-29
        "上年结转资金", "0", "0", "0", "—", "0%", "—",                         // 30-36
        "其他资金", "0", "0", "0", "—", "0%", "—",                             // 37-43
        "年度总体目标", "预期目标", "实际完成情况", "完成培训200人次。", "完成培训230人次。", // 44-48
        "绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施", // 49-57
        "产出指标", "数量指标", "培训人次", "≥200人次", "230人次", "30", "30", "无",   // 58-65
        "质量指标", "培训合格率", "≥95%", "98%", "20", "20", "无",                    // 66-72
        "效益指标", "社会效益指标", "持证上岗率", "≥90%", "92%", "20", "20", "无",      // 73-80
        "满意度指标", "服务对象满意度指标", "学员满意度", "≥90%", "85%", "20", "19", "满意度略低，将改进课程。", // 81-88
        "总分", "100", "98",                                                        // 89-91
        "",
        "本表由测试中心填报。",                                                       // 93
    ];

    [Fact]
    public void The_ministry_form_flattened_without_markers_is_rebuilt_and_the_text_around_it_stays_text()
    {
        var document = Read(Lines(Ministry));
        Assert.Empty(document.Problems);
        var table = Assert.Single(document.Blocks.OfType<TableBlock>());
        var rows = table.Rows.Select(r => (r.Line, Cells: string.Join("|", r.Cells))).ToArray();
        (int, string)[] expected =
        [
            (3, "项目名称|测试培训项目"),
            (5, "主管部门|测试局"),
            (7, "实施单位|测试中心"),
            (9, "项目资金（万元）||年初预算数|全年预算数|全年执行数|分值|执行率|得分"),
            (16, "|年度资金总额|100|120|108|10|90%|9"),
            (23, "|其中：当年财政拨款|100|120|108|—|90%|—"),
            (30, "|上年结转资金|0|0|0|—|0%|—"),
            (37, "|其他资金|0|0|0|—|0%|—"),
            (44, "年度总体目标|预期目标|实际完成情况"),
            (47, "|完成培训200人次。|完成培训230人次。"),
            (49, "绩效指标|一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分|偏差原因分析及改进措施"),
            (58, "|产出指标|数量指标|培训人次|≥200人次|230人次|30|30|无"),
            (66, "||质量指标|培训合格率|≥95%|98%|20|20|无"),
            (73, "|效益指标|社会效益指标|持证上岗率|≥90%|92%|20|20|无"),
            (81, "|满意度指标|服务对象满意度指标|学员满意度|≥90%|85%|20|19|满意度略低，将改进课程。"),
            (89, "总分||||||100|98|"),
        ];
        Assert.Equal(expected, rows);
        var paragraphs = document.Blocks.OfType<ParagraphBlock>().Select(p => p.Text).ToArray();
        Assert.Equal(["项目支出绩效自评表（2023年度）", "本表由测试中心填报。"], paragraphs);
    }

    [Fact]
    public void Every_rebuilt_row_of_a_block_has_the_width_of_its_header()
    {
        var rows = Read(Lines(Sichuan)).Blocks.OfType<TableBlock>().Single().Rows;
        Assert.All(rows.Where(r => r.Line is >= 59 and <= 96), r => Assert.Equal(11, r.Cells.Count));
        Assert.All(rows.Where(r => r.Line is >= 17 and <= 41), r => Assert.Equal(9, r.Cells.Count));
    }

    [Fact]
    public void An_indicator_block_that_does_not_line_up_stays_paragraphs_and_is_reported()
    {
        // Without markers an empty 完成值 cell is invisible: the row is one cell short and 质量指标 would land under 得分.
        var document = Read(Lines(
            "绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",   // 1-8
            "产出指标", "数量指标", "培训人次", "≥200人次", "30", "30",                         // 9-14
            "质量指标", "培训合格率", "≥95%", "98%", "20", "20"));                                // 15-20
        Assert.Empty(document.Blocks.OfType<TableBlock>());
        var problem = Assert.Single(document.Problems);
        Assert.Equal(ReadingCodes.TableNotRebuilt, problem.Code);
        Assert.Equal(1, problem.Location.Line);
        Assert.Contains("第 1–20 行", problem.Message, StringComparison.Ordinal);
        Assert.Contains("“质量指标”不是“得分”列", problem.Message, StringComparison.Ordinal);
        var paragraphs = document.Blocks.OfType<ParagraphBlock>().ToArray();
        Assert.Equal(20, paragraphs.Length);
        Assert.Equal(Enumerable.Range(1, 20), paragraphs.Select(p => p.Line));
    }

    [Fact]
    public void A_funding_row_with_a_word_under_a_figure_column_is_not_guessed()
    {
        var document = Read(Lines(
            "预算执行情况(10分) |", "年度预算数(万元) |", "年初预算 |", "调整后预算数 |", "预算执行数 |", "预算执行率 |", // 1-6
            "总额 |", "100.00 |", "一百二十 |", "108.00 |", "90.00% |"));                                          // 7-11
        var problem = Assert.Single(document.Problems);
        Assert.Equal(ReadingCodes.TableNotRebuilt, problem.Code);
        Assert.Contains("“一百二十”不是“调整后预算数”列", problem.Message, StringComparison.Ordinal);
        Assert.Empty(document.Blocks.OfType<TableBlock>());
        Assert.Equal(11, document.Blocks.OfType<ParagraphBlock>().Count());
    }

    [Fact]
    public void Traditional_labels_and_stray_pinyin_or_letters_are_recognised_and_the_labels_simplified()
    {
        var document = Read(Lines(
            "項(xiàng)目名稱(chēng) |", "測試項目 |",                                          // 1-2
            "預算執行情況(10分) |", "年度預算數(萬元) |", "年初預算ab |", "調整後預算數 |", "預算執行數 |", "預算執行率 |", "權重 |", // 3-9
            "總額 |", "100.00 |", "120.00 |", "108.00 |", "90.00% |", "10 |",             // 10-15
            "其中:財政資金 |", "100.00 |", "120.00 |", "108.00 |", "90.00% |", "/ |",      // 16-21
            "績效指標(90分) |", "一級指標 |", "二級指標 |", "三級指標 |", "指標性質 |", "指標值 |", "度量單位 |", "完成值 |", "權重 |", // 22-30
            "産出指標 |", "數量指標 |", "培訓人次 |", "≥ |", "200 |", "人次 |", "230 |", "90 |")); // 31-38
        Assert.Empty(document.Problems);
        var rows = AllRows(document);
        Assert.Equal(["项目名称", "測試项目"], rows[0].Cells);
        Assert.Equal(["", "总额", "100.00", "120.00", "108.00", "90.00%", "10"], RowOf(document, "总额").Cells);
        Assert.Equal(["", "其中：财政资金", "100.00", "120.00", "108.00", "90.00%", "/"], RowOf(document, "其中：财政资金").Cells);
        Assert.Equal(["", "产出指标", "数量指标", "培訓人次", "≥", "200", "人次", "230", "90"], RowOf(document, "产出指标").Cells);
        Assert.Equal(31, RowOf(document, "产出指标").Line);
    }

    [Fact]
    public void Header_fields_printed_one_per_line_in_running_text_become_label_value_rows()
    {
        var document = Read(Lines(
            "一、部门基本概况", "", "联系人", "", "张三", "", "联系电话", "", "12345678", "", "人员编制", "", "21", "",
            "职能职责概述", "", "负责全市测试工作。"));
        var table = Assert.Single(document.Blocks.OfType<TableBlock>());
        Assert.Equal([["联系人", "张三"], ["联系电话", "12345678"], ["人员编制", "21"]], table.Rows.Select(r => r.Cells.ToArray()));
        Assert.Equal([3, 7, 11], table.Rows.Select(r => r.Line));
        Assert.Contains(document.Blocks.OfType<ParagraphBlock>(), p => p.Text.Contains("负责全市测试工作。", StringComparison.Ordinal));
    }

    [Fact(Timeout = 10_000)]
    public async Task A_header_of_category_columns_only_is_not_a_table_and_does_not_hang()
    {
        var document = await Task.Run(() => Read(Lines("一级指标 |", "一级指标 |", "一级指标 |", "测试 |", "|", "合计 |")), TestContext.Current.CancellationToken);
        Assert.Empty(document.Blocks.OfType<TableBlock>());
    }

    [Fact]
    public void A_run_of_marked_cells_without_any_form_block_is_read_as_paragraphs()
    {
        var document = Read(Lines("首页 |", "新闻动态 |", "|", "政务公开 |"));
        Assert.Empty(document.Blocks.OfType<TableBlock>());
        Assert.Equal(["首页", "新闻动态", "政务公开"], document.Blocks.OfType<ParagraphBlock>().Select(p => p.Text));
        Assert.Empty(document.Problems);
    }
}
