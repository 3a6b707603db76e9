using System.IO.Compression;
using System.Text;

namespace Jixiao.Testing;

/// <summary>
/// Builds hostile inputs in memory, so that nothing large is committed: zip bombs (small on disk, huge inflated, with
/// honest or understated headers), containers with poisoned or too many entries, the "billion laughs", a minimal Word
/// body, and hand-written PDFs (for page trees and references that loop).
/// </summary>
public static class HostileFiles
{
    /// <summary>The smallest zip a reader takes for a Word document: a body with one paragraph.</summary>
    public static byte[] MinimalDocx()
    {
        var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var body = new StreamWriter(zip.CreateEntry("word/document.xml").Open(), new UTF8Encoding(false));
            body.Write("""<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>报告</w:t></w:r></w:p></w:body></w:document>""");
        }

        return output.ToArray();
    }

    /// <summary>
    /// <paramref name="container"/> with one more entry of <paramref name="inflatedBytes"/> zeros: deflated to about a
    /// thousandth of that, so the file stays small while it inflates past the limit. With <paramref name="lie"/> the
    /// entry's headers declare 1,000 bytes instead.
    /// </summary>
    public static byte[] ZipBomb(byte[] container, string entryName, long inflatedBytes, bool lie = false)
    {
        var output = new MemoryStream();
        output.Write(container);
        using (var zip = new ZipArchive(output, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var stream = zip.CreateEntry(entryName, CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (long written = 0; written < inflatedBytes; written += zeros.Length)
            {
                stream.Write(zeros, 0, (int)Math.Min(zeros.Length, inflatedBytes - written));
            }
        }

        var bytes = output.ToArray();
        return lie ? UnderstateSizes(bytes, entryName, 1000) : bytes;
    }

    /// <summary><paramref name="container"/> with <paramref name="entryName"/> replaced by (or added as) <paramref name="content"/>.</summary>
    public static byte[] WithEntry(byte[] container, string entryName, string content)
    {
        var output = new MemoryStream();
        output.Write(container);
        using (var zip = new ZipArchive(output, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(entryName)?.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(entryName).Open(), new UTF8Encoding(false));
            writer.Write(content);
        }

        return output.ToArray();
    }

    /// <summary><paramref name="container"/> with <paramref name="count"/> more empty entries.</summary>
    public static byte[] WithManyEntries(byte[] container, int count)
    {
        var output = new MemoryStream();
        output.Write(container);
        using (var zip = new ZipArchive(output, ZipArchiveMode.Update, leaveOpen: true))
        {
            for (var i = 0; i < count; i++)
            {
                zip.CreateEntry($"customXml/item{i}.xml", CompressionLevel.NoCompression);
            }
        }

        return output.ToArray();
    }

    /// <summary>The "billion laughs": ten levels of entities, each ten times the one before, expanding to 10^9 "lol"s.</summary>
    public static string BillionLaughs(string root, string rootNamespace)
    {
        var dtd = new StringBuilder($"<?xml version=\"1.0\"?>\n<!DOCTYPE {root} [\n  <!ENTITY lol0 \"lol\">\n");
        for (var i = 1; i <= 9; i++)
        {
            dtd.Append($"  <!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">\n");
        }

        return dtd.Append($"]>\n<{root} xmlns=\"{rootNamespace}\">&lol9;</{root}>\n").ToString();
    }

    /// <summary>A PDF of the given objects (object 1 is the catalogue) with a correct cross-reference table.</summary>
    public static byte[] PdfOfObjects(params string[] objects)
    {
        var text = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        foreach (var (body, number) in objects.Select((o, i) => (o, i + 1)))
        {
            offsets.Add(Encoding.ASCII.GetByteCount(text.ToString()));
            text.Append($"{number} 0 obj\n{body}\nendobj\n");
        }

        var xref = Encoding.ASCII.GetByteCount(text.ToString());
        text.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            text.Append($"{offset:D10} 00000 n \n");
        }

        text.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(text.ToString());
    }

    /// <summary>Rewrites the uncompressed size in the local and central headers of one entry (zip without ZIP64).</summary>
    private static byte[] UnderstateSizes(byte[] zip, string entryName, uint declared)
    {
        var name = Encoding.UTF8.GetBytes(entryName);
        for (var i = 0; i + 46 < zip.Length; i++)
        {
            if (zip.AsSpan(i).StartsWith("PK\u0003\u0004"u8) && zip.AsSpan(i + 30).StartsWith(name))
            {
                BitConverter.TryWriteBytes(zip.AsSpan(i + 22, 4), declared);
            }
            else if (zip.AsSpan(i).StartsWith("PK\u0001\u0002"u8) && zip.AsSpan(i + 46).StartsWith(name))
            {
                BitConverter.TryWriteBytes(zip.AsSpan(i + 24, 4), declared);
            }
        }

        return zip;
    }
}
