using System.Globalization;
using System.Text.Json;
using Jixiao.Documents.Neutral;
using Jixiao.Documents.Text;
using Jixiao.Testing;
using static Jixiao.Documents.Tests.Text.TextTables;

namespace Jixiao.Documents.Tests.Text;

/// <summary>The real published reports in ../shared/corpus, read in place (skipped locally without ../shared; CI requires them).</summary>
public sealed class CorpusTextTablesTests
{
    private static readonly string[] CorpusFiles =
    [
        "01_maoming-fgj-2021-zhengti.txt", "02_xuwen-gonglu-2024-zhengti.txt", "03_suixi-shuiwu-2022-xiangmu.txt",
        "04_honghe-sjfz-2024-zhengti.txt", "05_honghe-sjfz-2024-xiangmu.txt", "06_yueyang-cgjdzh-2018-zhengti.txt",
        "07_heshan-cgzf-2019-zhengti.txt", "08_nanxian-zx-2021-zhengti.txt", "09_nanxian-zjj-2018-zhengti.txt",
        "11_anning-scjg-2023-zhengti.txt", "12_baoshan-nync-2019-zhengti.txt", "13_luxi-sfj-zhengti.txt",
        "14_changning-sfj-2020-zhengti-table.txt", "16_nmg-rst-2020-zhengti.txt", "17_cq-kxc-rmtzx-2021-zhengti-table.txt",
        "18_liangping-lyj-2023-zhengti-table.txt", "19_kaiyuan-lbdzxx-2024-zhengti.txt", "22_qingshen-fgj-2023-xiangmu-table.txt",
        "23_daying-sfj-2023-xiangmu-table.txt", "25_changning-yixiao-2023-xiangmu.txt", "26_xuanzhou-yjj-2022-xiangmu.txt",
        "27_yangzizhou-zhen-2017-xiangmu.txt", "28_yanling-nyj-2019-xiangmu.txt",
    ];

    public static TheoryData<string> Files => new(CorpusFiles);

    private static DocumentText ReadCorpus(string name)
    {
        var path = SharedFiles.Require(Path.Combine("corpus", name));
        return new PlainTextReader(ReaderLimits.Default).Read(name, File.ReadAllText(path));
    }

    /// <summary>A 万元 figure of the facts as the form prints it, to two decimals ("238.93", "0.00").</summary>
    private static string Money(JsonElement row, string key) => row.GetProperty(key).GetDecimal().ToString("F2", CultureInfo.InvariantCulture);

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_corpus_file_is_read_without_throwing_and_every_table_row_has_a_source_line(string name)
    {
        var document = ReadCorpus(name);
        Assert.NotEmpty(document.Blocks);
        Assert.All(AllRows(document), r => Assert.True(r.Line > 0));
        Assert.All(document.Problems, p => Assert.NotNull(p.Location.Line));
    }

    [Fact]
    public void Qingshen_flattened_form_holds_each_funding_row_of_the_facts_in_one_row()
    {
        var document = ReadCorpus("22_qingshen-fgj-2023-xiangmu-table.txt");
        using var facts = JsonDocument.Parse(File.ReadAllText(SharedFiles.Require(Path.Combine("corpus", "22_facts.json"))));
        var rows = AllRows(document);
        foreach (var funding in facts.RootElement.GetProperty("funding_rows").EnumerateArray())
        {
            var label = TextNormalizer.Normalize(funding.GetProperty("row").GetString()!);
            var row = Assert.Single(rows, r => r.Cells.Contains(label));
            string[] figures = funding.GetProperty("initial").ValueKind == JsonValueKind.Null
                ? []
                : [Money(funding, "initial"), Money(funding, "adjusted"), Money(funding, "executed"), funding.GetProperty("rate_text").GetString()!];
            Assert.True(HasInOrder(row.Cells, [label, .. figures]), $"{label}: [{string.Join(", ", row.Cells)}]");
            if (figures.Length == 0)
            {
                var at = row.Cells.ToList().IndexOf(label);
                Assert.All(row.Cells.Skip(at + 1).Take(4), c => Assert.Equal(string.Empty, c));
            }
        }

        Assert.Equal(["", "总额", "238.93", "251.89", "251.89", "100.00%", "10", ""], RowOf(document, "总额").Cells.Take(8));
        Assert.Equal(33, RowOf(document, "总额").Line);
    }

    [Fact]
    public void Qingshen_flattened_form_holds_each_indicator_of_the_facts_in_one_row_under_its_header()
    {
        var document = ReadCorpus("22_qingshen-fgj-2023-xiangmu-table.txt");
        using var facts = JsonDocument.Parse(File.ReadAllText(SharedFiles.Require(Path.Combine("corpus", "22_facts.json"))));
        var rows = AllRows(document);
        var header = Assert.Single(rows, r => r.Cells.Contains("一级指标")).Cells.ToList();
        foreach (var indicator in facts.RootElement.GetProperty("indicators").EnumerateArray())
        {
            var name = TextNormalizer.Normalize(indicator.GetProperty("name").GetString()!);
            var row = Assert.Single(rows, r => r.Cells.Contains(name)).Cells;
            Assert.Equal(header.Count, row.Count);
            Assert.Equal(indicator.GetProperty("level1").GetString(), row[header.IndexOf("一级指标")]);
            Assert.Equal(indicator.GetProperty("level2").GetString(), row[header.IndexOf("二级指标")]);
            Assert.Equal(indicator.GetProperty("operator").GetString(), row[header.IndexOf("指标性质")]);
            Assert.Equal(indicator.GetProperty("target").GetString(), row[header.IndexOf("指标值")]);
            Assert.Equal(indicator.GetProperty("unit").GetString(), row[header.IndexOf("度量单位")]);
            Assert.Equal(indicator.GetProperty("weight").GetInt32().ToString(CultureInfo.InvariantCulture), row[header.IndexOf("权重")]);
            Assert.Equal(string.Empty, row[header.IndexOf("完成值")]);
            Assert.Equal(string.Empty, row[header.IndexOf("得分")]);
        }

        Assert.Equal(["", "产出指标", "数量指标", "发放（缴纳）覆盖率", "=", "100", "%", "", "60", "", ""], RowOf(document, "发放（缴纳）覆盖率").Cells);
        var total = RowOf(document, "合计").Cells;
        Assert.Equal("100", total[header.IndexOf("权重")]);
        Assert.Empty(document.Problems);
    }

    [Fact]
    public void Qingshen_header_fields_and_title_are_label_value_rows()
    {
        var document = ReadCorpus("22_qingshen-fgj-2023-xiangmu-table.txt");
        Assert.Single(document.Blocks.OfType<TableBlock>());
        Assert.Equal(["项目名称", "51000021R000000019951-工资性支出"], RowOf(document, "项目名称").Cells);
        Assert.Equal(["主管部门", "青神县发展和改革局本级"], RowOf(document, "主管部门").Cells);
        Assert.Equal(["实施单位（盖章）", "青神县发展和改革局"], RowOf(document, "实施单位（盖章）").Cells);
        Assert.Equal(9, RowOf(document, "部门预算项目支出绩效自评表（2023年度）").Line);
    }

    [Fact]
    public void Daying_pipe_form_holds_its_funding_and_indicator_rows_one_per_row_and_the_earlier_form_apart()
    {
        var document = ReadCorpus("23_daying-sfj-2023-xiangmu-table.txt");
        var tables = document.Blocks.OfType<TableBlock>().ToArray();
        Assert.Equal(2, tables.Length);
        Assert.Equal(10, tables[1].Line);
        var rows = tables[1].Rows;
        Assert.True(HasInOrder(Assert.Single(rows, r => r.Cells.Contains("总额")).Cells, ["总额", "0.00", "3.36", "3.36", "100.00%", "10", "10"]));
        Assert.True(HasInOrder(Assert.Single(rows, r => r.Cells.Contains("其中：财政资金")).Cells, ["其中：财政资金", "0.00", "3.36", "3.36", "100.00%"]));
        Assert.True(HasInOrder(Assert.Single(rows, r => r.Cells.Contains("财政专户管理资金")).Cells, ["财政专户管理资金", "0.00", "0.00", "0.00", "0.00%"]));
        Assert.True(HasInOrder(Assert.Single(rows, r => r.Cells.Contains("完成安可产品购买并按要求支付资金")).Cells, ["产出指标", "质量指标", "完成安可产品购买并按要求支付资金", "=", "100"]));
        Assert.True(HasInOrder(Assert.Single(tables[0].Rows, r => r.Cells.Contains("成本控制数")).Cells, ["产出指标", "经济成本指标", "成本控制数", "≤", "30", "万元", "完成", "90", "90"]));
        Assert.Equal(17, Assert.Single(rows, r => r.Cells.Contains("总额")).Line);
    }

    [Fact]
    public void Changning_department_form_holds_its_header_rows()
    {
        var document = ReadCorpus("14_changning-sfj-2020-zhengti-table.txt");
        var tables = document.Blocks.OfType<TableBlock>().ToArray();
        Assert.Equal(2, tables.Length);
        Assert.Equal("2020年度部门整体支出绩效自评表", tables[1].Rows[0].Cells[0]);
        Assert.True(HasInOrder(RowOf(document, "部门名称").Cells, ["部门名称", "昌宁县司法局"]));
        Assert.True(HasInOrder(RowOf(document, "部门总体目标").Cells, ["部门总体目标", "部门职责"]));
        Assert.True(HasInOrder(RowOf(document, "索引号").Cells, ["索引号", "01526415-6-/2021-0630005", "发布机构", "昌宁县司法局"]));
    }

    [Fact]
    public void Yueyang_contact_fields_printed_one_per_line_become_label_value_rows()
    {
        var document = ReadCorpus("06_yueyang-cgjdzh-2018-zhengti.txt");
        Assert.Equal(["联系人", "吴俊"], RowOf(document, "联系人").Cells);
        Assert.Equal(["联络电话", "8690022"], RowOf(document, "联络电话").Cells);
        Assert.Equal(["实有人数", "21"], RowOf(document, "实有人数").Cells);
    }
}
