using Jixiao.Documents.Neutral;
using static Jixiao.Documents.Tests.Text.TextTables;

namespace Jixiao.Documents.Tests.Text;

public sealed class PipeTableTests
{
    [Fact]
    public void A_markdown_table_becomes_rows_without_its_separator_row()
    {
        var document = Read(Lines(
            "表 3：项目资金",
            "| 项目 | 年初预算 | 调整后 |",
            "|---|:---:|---:|",
            "| 总额 | 238.93 | 251.89 |",
            "",
            "| 其中：财政资金 | 238.93 | 251.89 |",
            "后文。"));
        var table = Assert.Single(document.Blocks.OfType<TableBlock>());
        Assert.Equal("表3：项目资金", table.Caption);
        Assert.Equal(3, table.Rows.Count);
        Assert.Equal(["项目", "年初预算", "调整后"], table.Rows[0].Cells);
        Assert.Equal(["总额", "238.93", "251.89"], table.Rows[1].Cells);
        Assert.Equal(["其中：财政资金", "238.93", "251.89"], table.Rows[2].Cells);
        Assert.Equal([2, 4, 6], table.Rows.Select(r => r.Line));
        Assert.IsType<ParagraphBlock>(document.Blocks[^1]);
        Assert.Empty(document.Problems);
    }

    [Fact]
    public void Web_pipe_rows_keep_their_empty_merged_cells_and_a_form_title_starts_a_new_table()
    {
        var document = Read(Lines(
            "合计 | 100 | |||",
            "部门预算项目支出绩效自评表(2023年度) | ||||",
            "项目名称 | 测试项目 | |||",
            "主管部门 | 测试局 | 实施单位 | 测试中心 |"));
        var tables = document.Blocks.OfType<TableBlock>().ToArray();
        Assert.Equal(2, tables.Length);
        Assert.Equal(["合计", "100", "", "", ""], tables[0].Rows[0].Cells);
        Assert.Equal("部门预算项目支出绩效自评表（2023年度）", tables[1].Rows[0].Cells[0]);
        Assert.Equal(["主管部门", "测试局", "实施单位", "测试中心"], tables[1].Rows[2].Cells);
        Assert.Equal(4, tables[1].Rows[2].Line);
    }

    [Fact]
    public void A_bar_inside_running_text_is_not_a_table()
    {
        var document = Read(Lines("请在淘文阁网|工程机械CAD图纸|机械工程制图上搜索。"));
        Assert.Empty(document.Blocks.OfType<TableBlock>());
        Assert.Single(document.Blocks.OfType<ParagraphBlock>());
    }
}
