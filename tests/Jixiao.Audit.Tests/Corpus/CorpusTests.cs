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
