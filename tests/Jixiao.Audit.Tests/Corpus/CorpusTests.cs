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

    /// <summary>Excerpts that print no year anywhere (title, cover, form): the reader says so instead of guessing.</summary>
    private static readonly Dictionary<string, string> NoYearPrinted = new()
    {
        ["13_luxi-sfj-zhengti.txt"] = "标题“泸西县司法局部门整体支出绩效自评报告”和摘录正文都没有年度，只有网页发布日期",
    };

    [Fact]
    public void Every_corpus_file_has_its_genre_department_and_year()
    {
        Assert.All(CorpusTable.Read(), row =>
        {
            var report = row.Report!;
            Assert.True(report.Genre != Jixiao.Domain.Reports.ReportGenre.Unknown, $"{row.File}: genre");
            Assert.False(string.IsNullOrEmpty(report.Department), $"{row.File}: department");
            if (NoYearPrinted.ContainsKey(row.File))
            {
                Assert.Null(report.Year);
                Assert.Contains(report.ReadingProblems, p => p.Message.Contains("年度", StringComparison.Ordinal));
            }
            else
            {
                Assert.True(report.Year is >= 2010 and <= 2030, $"{row.File}: year {report.Year}");
            }
        });
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
