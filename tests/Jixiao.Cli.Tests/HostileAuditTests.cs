using Jixiao.Testing;

namespace Jixiao.Cli.Tests;

/// <summary>
/// `jixiao audit` on hostile files (a zip bomb named .docx, a PDF whose references loop, random bytes named .pdf, a cut
/// .xlsx): one Chinese line naming the file on stderr, exit code 2, no stack trace, well within the hang guard.
/// </summary>
public sealed class HostileAuditTests
{
    private const int HangGuard = 60_000;

    public static TheoryData<string> Cases => ["bomb.docx", "ref-loop.pdf", "random.pdf", "cut.xlsx"];

    [Theory(Timeout = HangGuard)]
    [MemberData(nameof(Cases))]
    public async Task Hostile_file_is_one_Chinese_line_naming_it_and_exit_code_2(string name)
    {
        using var folder = new TempFolder();
        var path = folder.File(name, Make(name));

        var result = await Task.Run(() => Cli.Run("audit", path), TestContext.Current.CancellationToken);

        result.ExpectExit(ExitCodes.UnreadableOrUsage).ExpectNoCrash();
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith(name + "：", line);
        Assert.Contains(line, c => c is >= '\u4E00' and <= '\u9FFF');
        Assert.Empty(result.Out);
    }

    [Fact(Timeout = HangGuard)]
    public async Task Zip_bomb_names_the_decompressed_size_limit()
    {
        using var folder = new TempFolder();
        var path = folder.File("bomb.docx", Make("bomb.docx"));

        var result = await Task.Run(() => Cli.Run("audit", path), TestContext.Current.CancellationToken);

        Assert.Contains("Limits:MaxDecompressedBytes", Assert.Single(result.ErrorLines));
    }

    private static byte[] Make(string name) => name switch
    {
        "bomb.docx" => Bomb.Value,
        "ref-loop.pdf" => HostileFiles.PdfOfObjects("<< /Type /Catalog /Pages 2 0 R >>", "3 0 R", "2 0 R"),
        "random.pdf" => Random(),
        _ => Bomb.Value[..4096],
    };

    /// <summary>A Word body and 160 MB of zeros, small on disk.</summary>
    private static readonly Lazy<byte[]> Bomb = new(() => HostileFiles.ZipBomb(HostileFiles.MinimalDocx(), "word/media/zeros.bin", 160L * 1024 * 1024));

    private static byte[] Random()
    {
        var bytes = new byte[32 * 1024];
        new Random(20231231).NextBytes(bytes);
        return [.. "%PDF-1.7\n"u8, .. bytes];
    }
}
