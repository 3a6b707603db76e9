using System.Globalization;
using System.IO.Compression;
using System.Xml;
using DocumentFormat.OpenXml.Wordprocessing;
using Jixiao.Documents.Loading;

namespace Jixiao.Documents.Docx;

/// <summary>
/// Opens a .docx as a zip and reads its parts without trusting them: the main document is found through
/// _rels/.rels (falling back to word/document.xml), styles and numbering through the document's relationships
/// (falling back to their usual names). The container is first held to the zip limits (<see cref="ZipBudget"/>);
/// every part is decompressed with a size cap and read by an XmlReader that prohibits DTDs (no entity expansion,
/// no external resources) and caps nesting depth (<see cref="DepthCappedXmlReader"/>) before OpenXML builds its tree from it. The package is deliberately
/// not opened through System.IO.Packaging: packages with a broken content-types file, missing relationships or
/// malformed hyperlink URIs, which Word and WPS still open, would be refused.
/// </summary>
internal static class DocxPackage
{
    /// <summary>
    /// A part may expand to at most this many times <see cref="ReaderLimits.MaxFileBytes"/> (128 MiB by default).
    /// The document.xml of a long published report is a few MB and XML compresses about 5–10 times, so a genuine
    /// document never comes near it, while a zip bomb (compression ratios in the hundreds or thousands) is refused
    /// before it is expanded into memory. Tied to the file limit so that a deployment that raises one raises both.
    /// </summary>
    public const int MaxExpansionFactor = 4;

    /// <summary>
    /// Deepest XML nesting accepted. Real documents stay under about 60 levels even with nested tables and text
    /// boxes; the cap keeps the recursive tree building (OpenXML's and this reader's) far from a stack overflow.
    /// </summary>
    public const int MaxXmlDepth = 256;

    private const string MainNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string StrictMainNamespace = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string DefaultMainPart = "word/document.xml";

    public static (DocxParts? Parts, string? Failure) Open(byte[] bytes, ReaderLimits limits)
    {
        var maxBytes = Math.Min(limits.MaxFileBytes * MaxExpansionFactor, int.MaxValue / 2);
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException or ArgumentException)
        {
            return (null, "文件已损坏或不完整（压缩包无法打开），不能作为 Word 文档（.docx）读取");
        }

        using (zip)
        {
            if (ZipBudget.Check(zip, limits) is { } overBudget)
            {
                return (null, overBudget);
            }

            var entries = new Dictionary<string, ZipArchiveEntry>(StringComparer.OrdinalIgnoreCase);
            foreach (var entry in zip.Entries)
            {
                entries.TryAdd(entry.FullName.Replace('\\', '/').TrimStart('/'), entry);
            }

            var mainName = Target(entries, "_rels/.rels", string.Empty, "/officeDocument", maxBytes);
            if (mainName is null || !entries.ContainsKey(mainName))
            {
                mainName = DefaultMainPart;
            }

            if (!entries.TryGetValue(mainName, out var mainEntry))
            {
                return (null, "压缩包中没有 Word 正文（word/document.xml），不是 Word 文档（.docx）");
            }

            var (mainXml, failure) = ReadPart(mainEntry, maxBytes);
            if (mainXml is null)
            {
                return (null, $"Word 正文（{mainName}）{failure}");
            }

            if (mainXml.LocalName != "document")
            {
                return (null, $"Word 正文（{mainName}）不是 Word 文档内容（根元素是 {mainXml.LocalName}）");
            }

            Document document;
            try
            {
                document = new Document(mainXml.Xml);
                _ = document.Body;
            }
            catch (Exception e) when (e is XmlException or InvalidOperationException or ArgumentException or FormatException)
            {
                return (null, $"Word 正文（{mainName}）不是格式正确的 Word 内容，无法读取");
            }

            var directory = mainName.Contains('/', StringComparison.Ordinal) ? mainName[..(mainName.LastIndexOf('/') + 1)] : string.Empty;
            var relationships = directory + "_rels/" + mainName[directory.Length..] + ".rels";
            var styles = OptionalPart(entries, relationships, directory, "/styles", directory + "styles.xml", maxBytes, xml => new Styles(xml));
            var numbering = OptionalPart(entries, relationships, directory, "/numbering", directory + "numbering.xml", maxBytes, xml => new Numbering(xml));
            return (new DocxParts(document, styles, numbering), null);
        }
    }

    /// <summary>Styles or numbering: a part that is missing, too large or malformed is left out (headings are then recognised by their numbering only).</summary>
    private static T? OptionalPart<T>(Dictionary<string, ZipArchiveEntry> entries, string relationships, string directory, string typeSuffix, string fallback, long maxBytes, Func<string, T> create)
        where T : DocumentFormat.OpenXml.OpenXmlElement
    {
        var name = Target(entries, relationships, directory, typeSuffix, maxBytes);
        if (name is null || !entries.ContainsKey(name))
        {
            name = fallback;
        }

        if (!entries.TryGetValue(name, out var entry) || ReadPart(entry, maxBytes).Part is not { } part)
        {
            return null;
        }

        try
        {
            var element = create(part.Xml);
            _ = element.FirstChild;
            return element;
        }
        catch (Exception e) when (e is XmlException or InvalidOperationException or ArgumentException or FormatException)
        {
            return null;
        }
    }

    /// <summary>The zip entry a relationship of the given type points to, resolved against <paramref name="directory"/>.</summary>
    private static string? Target(Dictionary<string, ZipArchiveEntry> entries, string relationshipsPart, string directory, string typeSuffix, long maxBytes)
    {
        if (!entries.TryGetValue(relationshipsPart, out var entry) || ReadPart(entry, maxBytes).Part is not { } part)
        {
            return null;
        }

        try
        {
            using var reader = XmlReader.Create(new StringReader(part.Xml), SafeSettings(maxBytes));
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship" && reader.NamespaceURI == RelationshipsNamespace
                    && reader.GetAttribute("Type") is { } type && type.EndsWith(typeSuffix, StringComparison.Ordinal)
                    && reader.GetAttribute("TargetMode") is null or "Internal"
                    && reader.GetAttribute("Target") is { } target)
                {
                    return Resolve(directory, Uri.UnescapeDataString(target));
                }
            }
        }
        catch (Exception e) when (e is XmlException or UriFormatException or ArgumentException)
        {
            return null;
        }

        return null;
    }

    private static string Resolve(string directory, string target)
    {
        var segments = new List<string>();
        var path = target.StartsWith('/') ? target[1..] : directory + target;
        foreach (var segment in path.Split('/'))
        {
            if (segment == "..")
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }
            }
            else if (segment.Length > 0 && segment != ".")
            {
                segments.Add(segment);
            }
        }

        return string.Join('/', segments);
    }

    /// <summary>
    /// Decompresses a part with a size cap and checks it with a safe XmlReader; returns the root element's XML (the
    /// declaration and any DTD cannot come through) or the end of a Chinese sentence saying what is wrong.
    /// </summary>
    private static (PartXml? Part, string? Failure) ReadPart(ZipArchiveEntry entry, long maxBytes)
    {
        if (entry.Length > maxBytes)
        {
            return (null, TooLarge(maxBytes));
        }

        byte[] bytes;
        try
        {
            using var stream = entry.Open();
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    return (null, TooLarge(maxBytes));
                }

                buffer.Write(chunk, 0, read);
            }

            bytes = buffer.ToArray();
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException)
        {
            return (null, "已损坏，无法解压（文件可能不完整）");
        }

        try
        {
            // One pass: the root element is copied out while its depth is checked, then the rest of the part is read to
            // the end so that anything malformed after the root is still refused.
            using var reader = new DepthCappedXmlReader(XmlReader.Create(new MemoryStream(bytes, writable: false), SafeSettings(maxBytes)), MaxXmlDepth);
            if (reader.MoveToContent() != XmlNodeType.Element)
            {
                return (null, "没有内容");
            }

            var localName = reader.LocalName;
            var strict = reader.NamespaceURI == StrictMainNamespace;
            var xml = reader.ReadOuterXml();
            while (reader.Read())
            {
            }

            return (new PartXml(localName, strict ? xml.Replace(StrictMainNamespace, MainNamespace, StringComparison.Ordinal) : xml), null);
        }
        catch (XmlDepthExceededException)
        {
            return (null, $"的嵌套层次超过 {MaxXmlDepth} 层，未读取");
        }
        catch (XmlException e)
        {
            return (null, StartsWithDoctype(bytes)
                ? "含有 DTD 声明，出于安全原因未读取"
                : string.Create(CultureInfo.InvariantCulture, $"不是格式正确的 XML（第 {e.LineNumber} 行第 {e.LinePosition} 列），文件可能已损坏"));
        }
    }

    private static string TooLarge(long maxBytes) =>
        string.Create(CultureInfo.InvariantCulture, $"解压后超过 {maxBytes / 1048576.0:0.##} MB 的上限（可能是压缩炸弹），未读取");

    private static bool StartsWithDoctype(byte[] bytes)
    {
        var head = System.Text.Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
        return head.Contains("<!DOCTYPE", StringComparison.OrdinalIgnoreCase) || head.Contains("<!ENTITY", StringComparison.OrdinalIgnoreCase);
    }

    private static XmlReaderSettings SafeSettings(long maxCharacters) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = maxCharacters,
        MaxCharactersFromEntities = 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    private sealed record PartXml(string LocalName, string Xml);
}
