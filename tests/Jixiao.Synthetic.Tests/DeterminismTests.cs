using Jixiao.Testing;

namespace Jixiao.Synthetic.Tests;

/// <summary>The same seed gives byte-identical text reports and the same manifest; another seed gives other reports.</summary>
public sealed class DeterminismTests
{
    [Fact]
    public async Task The_same_seed_writes_the_same_bytes()
    {
        using var first = new TempFolder();
        using var second = new TempFolder();

        var a = await Write(first, 42);
        var b = await Write(second, 42);

        Assert.Equal(a.ToJson(), b.ToJson());
        Assert.All(a.Reports, r => Assert.Equal(File.ReadAllBytes(first.PathOf(r.Files[0])), File.ReadAllBytes(second.PathOf(r.Files[0]))));
        Assert.Contains(a.Reports, r => r.Injections.Count > 0);
    }

    [Fact]
    public async Task Another_seed_writes_other_reports()
    {
        using var first = new TempFolder();
        using var second = new TempFolder();

        var a = await Write(first, 1);
        var b = await Write(second, 2);

        Assert.NotEqual(File.ReadAllText(first.PathOf(a.Reports[0].Files[0])), File.ReadAllText(second.PathOf(b.Reports[0].Files[0])));
    }

    private static async Task<Manifest> Write(TempFolder folder, int seed)
    {
        var (manifest, error) = await new SyntheticCorpusWriter().WriteAsync(folder.Path, seed, 10, 0.5m, [SyntheticCorpusWriter.Text],
            cancellationToken: TestContext.Current.CancellationToken);
        Assert.Null(error);
        return manifest!;
    }
}
