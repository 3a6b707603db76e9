using Jixiao.Domain.Reports;
using Jixiao.Testing;

namespace Jixiao.Audit.Tests.Corpus;

/// <summary>
/// Every real report of ../shared/corpus reads without error, and docs/corpus.md shows what is read from each.
/// Regenerate the page with JIXIAO_UPDATE_DOCS=1.
/// </summary>
public sealed class CorpusTests
{
    private static string PagePath => Path.Combine(SharedFiles.RepositoryRoot, "docs", "corpus.md");

    [Fact]
    public void Every_corpus_file_is_read_without_error()
    {
        Assert.All(CorpusTable.Read(), row => Assert.True(row.Report is not null, $"{row.File}: {row.Failure}"));
    }

    /// <summary>
    /// Genre, department and year of every corpus file, as a careful reader finds them in its title, cover or form.
    /// 13 prints no year anywhere (only the web page's publication date), so none must be reported; 18's title says
    /// 2022 while its OCR'd form header says 2023 — the title is taken.
    /// </summary>
    public static TheoryData<string, ReportGenre, string, int?> Expected() => new()
    {
        { "01_maoming-fgj-2021-zhengti.txt", ReportGenre.DepartmentSelfEvaluationReport, "茂名市发展和改革局", 2021 },
        { "02_xuwen-gonglu-2024-zhengti.txt", ReportGenre.DepartmentSelfEvaluationReport, "徐闻县地方公路局", 2024 },
        { "03_suixi-shuiwu-2022-xiangmu.txt", ReportGenre.ProjectSelfEvaluationReport, "遂溪县水务局", 2022 },
        { "04_honghe-sjfz-2024-zhengti.txt", ReportGenre.DepartmentSelfEvaluationReport, "红河州数据发展中心", 2024 },
        { "05_honghe-sjfz-2024-xiangmu.txt", ReportGenre.ProjectSelfEvaluationReport, "红河州数据发展中心", 2024 },
        { "06_yueyang-cgjdzh-2018-zhengti.txt", ReportGenre.DepartmentSelfEvaluationReport, "岳阳市城市管理监督指挥中心", 2018 },
        { "07_heshan-cgzf-2019-zhengti.txt", ReportGenre.DepartmentSelfEvaluationReport, "益阳市赫山区城市管理和综合执法局", 2019 },
        { "08_nanxian-zx-2021-zhengti.txt", ReportGenre.DepartmentSelfEvaluationReport, "南县政协", 2021 },
        { "09_nanxian-zjj-2018-zhengti.txt", ReportGenre.DepartmentSelfEvaluationReport, "南县住房和城乡建设局", 2018 },
        { "11_anning-scjg-2023-zhengti.txt", ReportGenre.DepartmentSelfEvaluationReport, "安宁市市场监督管理局", 2023 },
        { "12_baoshan-nync-2019-zhengti.txt", ReportGenre.DepartmentSelfEvaluationReport, "保山市农业农村局", 2019 },
        { "13_luxi-sfj-zhengti.txt", ReportGenre.DepartmentSelfEvaluationReport, "泸西县司法局", null },
        { "14_changning-sfj-2020-zhengti-table.txt", ReportGenre.DepartmentSelfEvaluationTable, "昌宁县司法局", 2020 },
        { "16_nmg-rst-2020-zhengti.txt", ReportGenre.DepartmentSelfEvaluationReport, "内蒙古自治区人力资源和社会保障厅", 2020 },
        { "17_cq-kxc-rmtzx-2021-zhengti-table.txt", ReportGenre.DepartmentSelfEvaluationTable, "西部（重庆）科学城融媒体中心", 2021 },
        { "18_liangping-lyj-2023-zhengti-table.txt", ReportGenre.DepartmentSelfEvaluationTable, "重庆市梁平区林业局", 2022 },
        { "19_kaiyuan-lbdzxx-2024-zhengti.txt", ReportGenre.DepartmentSelfEvaluationReport, "开远市乐白道中心校", 2024 },
        { "22_qingshen-fgj-2023-xiangmu-table.txt", ReportGenre.ProjectSelfEvaluationTable, "青神县发展和改革局", 2023 },
        { "23_daying-sfj-2023-xiangmu-table.txt", ReportGenre.ProjectSelfEvaluationTable, "大英县司法局", 2023 },
        { "25_changning-yixiao-2023-xiangmu.txt", ReportGenre.ProjectSelfEvaluationReport, "昌宁县第一示范小学", 2023 },
        { "26_xuanzhou-yjj-2022-xiangmu.txt", ReportGenre.ProjectSelfEvaluationReport, "宣城市宣州区应急管理局", 2022 },
        { "27_yangzizhou-zhen-2017-xiangmu.txt", ReportGenre.ProjectSelfEvaluationReport, "南昌市东湖区扬子洲镇", 2017 },
        { "28_yanling-nyj-2019-xiangmu.txt", ReportGenre.ProjectSelfEvaluationReport, "炎陵县农业农村局", 2019 },
    };

    [Fact]
    public void The_expectations_cover_every_corpus_report() =>
        Assert.Equal(Expected().Select(row => row.Data.Item1).Order(StringComparer.Ordinal),
            CorpusTable.Read().Select(r => r.File).Where(f => f != "tianhe-emergency-2023.txt").Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Expected))]
    public void Each_corpus_file_has_its_genre_department_and_year(string file, ReportGenre genre, string department, int? year)
    {
        var (report, _) = new Jixiao.Documents.Loading.ReportLoader().Load(SharedFiles.Require(Path.Combine("corpus", file)));
        Assert.NotNull(report);
        Assert.Equal((genre, department, year), (report.Genre, report.Department, report.Year));
        if (year is null)
        {
            Assert.Contains(report.ReadingProblems, p => p.Message.Contains("年度", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Docs_corpus_page_shows_what_is_read_today()
    {
        var expected = CorpusTable.Markdown(CorpusTable.Read());
        if (Environment.GetEnvironmentVariable("JIXIAO_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(PagePath, expected);
        }

        Assert.True(File.Exists(PagePath), "docs/corpus.md is missing: run with JIXIAO_UPDATE_DOCS=1");
        Assert.Equal(expected.ReplaceLineEndings("\n"), File.ReadAllText(PagePath).ReplaceLineEndings("\n"));
    }
}
