using System.IO.Compression;

namespace Jixiao.Documents.Loading;

/// <summary>Tells a Word document from a workbook or another zip container by the parts it holds.</summary>
public static class ZipContainer
{
    public enum Kind
    {
        Docx,
        Xlsx,
        Other,
        Corrupt,
    }

    public static Kind KindOf(byte[] bytes)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            var names = archive.Entries.Select(e => e.FullName).ToHashSet(StringComparer.OrdinalIgnoreCase);
            return names.Contains("word/document.xml") ? Kind.Docx
                : names.Contains("xl/workbook.xml") ? Kind.Xlsx
                : Kind.Other;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException or ArgumentException)
        {
            return Kind.Corrupt;
        }
    }
}
