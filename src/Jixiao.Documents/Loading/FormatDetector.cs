namespace Jixiao.Documents.Loading;

/// <summary>Recognises a file's format by its first bytes.</summary>
public static class FormatDetector
{
    public static SourceFormat Detect(ReadOnlySpan<byte> head)
    {
        if (head.IsEmpty)
        {
            return SourceFormat.Empty;
        }

        if (head.StartsWith("PK\u0003\u0004"u8))
        {
            return SourceFormat.Zip;
        }

        if (Docx.OleCompoundFile.IsCompoundFile(head))
        {
            return SourceFormat.OfficeCompound;
        }

        if (head.StartsWith("%PDF"u8))
        {
            return SourceFormat.Pdf;
        }

        if (LooksBinary(head))
        {
            return SourceFormat.Binary;
        }

        var start = head.StartsWith("\uFEFF"u8) ? head[3..] : head;
        var firstNonSpace = start.IndexOfAnyExcept(" \t\r\n"u8);
        if (firstNonSpace >= 0 && start[firstNonSpace] == (byte)'{' && start.IndexOf("\"schemaVersion\""u8) >= 0)
        {
            return SourceFormat.JixiaoModel;
        }

        return SourceFormat.Text;
    }

    /// <summary>NUL and the control characters that text does not hold (all below 0x20 but tab, line feed, form feed and carriage return).</summary>
    private static readonly System.Buffers.SearchValues<byte> ControlBytes = System.Buffers.SearchValues.Create(
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 11, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]);

    /// <summary>NUL bytes or many control characters mean binary (UTF-16 text is told apart by its BOM).</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return false;
        }

        if (!head.ContainsAny(ControlBytes))
        {
            return false;
        }

        var control = 0;
        foreach (var b in head)
        {
            if (b == 0)
            {
                return true;
            }

            if (b < 0x20 && b is not (byte)'\t' and not (byte)'\n' and not (byte)'\r' and not 0x0C)
            {
                control++;
            }
        }

        return control > head.Length / 20;
    }
}
