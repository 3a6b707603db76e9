using System.IO.Compression;
using System.Text;
using Jixiao.Documents.Docx;
using Jixiao.Documents.Loading;
using Jixiao.Testing;
using static Jixiao.Documents.Tests.Docx.DocxFixture;

namespace Jixiao.Documents.Tests.Docx;

/// <summary>Broken Word files never throw: the loader or the reader gives one Chinese sentence naming the problem.</summary>
public sealed class DocxBadInputTests
{
    private const int HangGuard = 60_000;

    private static byte[] GoodDocx() => Create([P("一、部门基本情况"), P("2023年本单位预算收入150.00万元。")]);

    [Fact(Timeout = HangGuard)]
    public async Task Truncated_docx_is_refused_as_damaged_by_the_loader_and_the_reader()
    {
        var bytes = GoodDocx();
        var truncated = bytes[..(bytes.Length / 2)];

        var (report, failure) = await Task.Run(() => new ReportLoader().Load("截断.docx", truncated), TestContext.Current.CancellationToken);

        Assert.Null(report);
        Assert.NotNull(failure);
        Assert.Contains("损坏", failure.Message);
        Assert.Contains("损坏", Unreadable(truncated));
    }

    [Fact(Timeout = HangGuard)]
    public async Task Zip_without_word_document_xml_is_not_a_word_document()
    {
        var bytes = Zip(("word/styles.xml", "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>"), ("readme.txt", "说明"));

        var (report, failure) = await Task.Run(() => new ReportLoader().Load("无正文.docx", bytes), TestContext.Current.CancellationToken);

        Assert.Null(report);
        Assert.Contains("不是 Word 文档", failure!.Message);
        Assert.Contains("word/document.xml", Unreadable(bytes));
    }

    [Fact(Timeout = HangGuard)]
    public async Task Malformed_document_xml_is_named_with_its_position()
    {
        var bytes = Zip(("word/document.xml", $"<w:document {MainNamespaces}><w:body><w:p><w:r><w:t>未闭合</w:r></w:p></w:body></w:document>"));

        var (report, failure) = await Task.Run(() => new ReportLoader().Load("坏正文.docx", bytes), TestContext.Current.CancellationToken);

        Assert.Null(report);
        Assert.Contains("word/document.xml", failure!.Message);
        Assert.Contains("不是格式正确的 XML", failure.Message);
        Assert.Contains("第 1 行", failure.Message);
    }

    [Fact(Timeout = HangGuard)]
    public async Task Document_xml_with_a_DTD_is_refused_without_expanding_entities()
    {
        var lol = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY a \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\">");
        for (var i = 1; i <= 9; i++)
        {
            lol.Append($"<!ENTITY {(char)('a' + i)} \"{string.Concat(Enumerable.Repeat($"&{(char)('a' + i - 1)};", 10))}\">");
        }

        lol.Append($"]><w:document {MainNamespaces}><w:body><w:p><w:r><w:t>&j;</w:t></w:r></w:p></w:body></w:document>");
        var bytes = Zip(("word/document.xml", lol.ToString()));

        var message = await Task.Run(() => Unreadable(bytes), TestContext.Current.CancellationToken);

        Assert.Contains("DTD", message);
    }

    [Fact(Timeout = HangGuard)]
    public async Task Document_xml_expanding_far_beyond_the_file_limit_is_refused_as_a_possible_zip_bomb()
    {
        var limits = new ReaderLimits { MaxFileBytes = 64 * 1024 };
        var paragraph = "<w:p><w:r><w:t>2023年本单位预算收入150.00万元。</w:t></w:r></w:p>";
        var body = string.Concat(Enumerable.Repeat(paragraph, 20_000));
        var bytes = Zip(("word/document.xml", $"<w:document {MainNamespaces}><w:body>{body}</w:body></w:document>"));
        Assert.True(bytes.Length < limits.MaxFileBytes, $"the compressed file ({bytes.Length} bytes) should be within the file limit");

        var outcome = await Task.Run(() => new DocxReader(limits).Read("炸弹.docx", bytes), TestContext.Current.CancellationToken);

        Assert.Null(outcome.Document);
        Assert.Contains("上限", outcome.Failure);
        Assert.Contains("压缩炸弹", outcome.Failure);
    }

    [Fact(Timeout = HangGuard)]
    public async Task Absurdly_deep_nesting_is_refused()
    {
        var depth = DocxPackage.MaxXmlDepth + 50;
        var body = string.Concat(Enumerable.Repeat("<w:sdt><w:sdtContent>", depth)) + "<w:p><w:r><w:t>深</w:t></w:r></w:p>" + string.Concat(Enumerable.Repeat("</w:sdtContent></w:sdt>", depth));
        var bytes = Zip(("word/document.xml", $"<w:document {MainNamespaces}><w:body>{body}</w:body></w:document>"));

        var message = await Task.Run(() => Unreadable(bytes), TestContext.Current.CancellationToken);

        Assert.Contains("嵌套", message);
    }

    [Fact(Timeout = HangGuard)]
    public async Task Damaged_compressed_data_inside_an_intact_zip_is_refused()
    {
        var bytes = Zip(("word/document.xml", $"<w:document {MainNamespaces}><w:body>{string.Concat(Enumerable.Range(0, 400).Select(i => $"<w:p><w:r><w:t>第{i}段文字。</w:t></w:r></w:p>"))}</w:body></w:document>"));
        var damaged = (byte[])bytes.Clone();
        for (var i = 60; i < damaged.Length / 2; i += 7)
        {
            damaged[i] ^= 0x5A;
        }

        var message = await Task.Run(() => Unreadable(damaged), TestContext.Current.CancellationToken);

        Assert.True(message.Contains("损坏", StringComparison.Ordinal) || message.Contains("XML", StringComparison.Ordinal), message);
    }

    [Theory(Timeout = HangGuard)]
    [InlineData("EncryptedPackage", "密码")]
    [InlineData("WordDocument", ".doc")]
    public async Task Office_compound_files_are_named_by_what_they_are(string stream, string expected)
    {
        var bytes = new byte[4096];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(bytes, 0);
        Encoding.Unicode.GetBytes(stream).CopyTo(bytes, 1024);

        var message = await Task.Run(() => Unreadable(bytes), TestContext.Current.CancellationToken);
        var (report, failure) = new ReportLoader().Load("加密.docx", bytes);

        Assert.Contains(expected, message);
        Assert.Null(report);
        Assert.NotNull(failure);
    }

    [Fact(Timeout = HangGuard)]
    public async Task A_broken_styles_part_is_left_out_and_the_body_still_read()
    {
        var bytes = Zip(
            ("word/document.xml", $"<w:document {MainNamespaces}><w:body><w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t>部门基本情况</w:t></w:r></w:p></w:body></w:document>"),
            ("word/styles.xml", "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:style>"));

        var outcome = await Task.Run(() => new DocxReader(ReaderLimits.Default).Read("坏样式.docx", bytes), TestContext.Current.CancellationToken);

        var heading = Assert.IsType<Neutral.HeadingBlock>(Assert.Single(outcome.Document!.Blocks));
        Assert.Equal("部门基本情况", heading.Text);
    }

    private static string Unreadable(byte[] bytes)
    {
        var outcome = new DocxReader(ReaderLimits.Default).Read("坏文件.docx", bytes);
        Assert.Null(outcome.Document);
        var message = Assert.IsType<string>(outcome.Failure);
        Assert.True(message.Any(c => c is >= '\u4E00' and <= '\u9FFF'), $"not a Chinese message: {message}");
        Assert.DoesNotContain('\n', message);
        Assert.DoesNotContain("Exception", message);
        return message;
    }

    private static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(content);
            }
        }

        return memory.ToArray();
    }
}
