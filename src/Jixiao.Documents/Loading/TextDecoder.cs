using System.Text;

namespace Jixiao.Documents.Loading;

/// <summary>
/// Decodes text files: UTF-8 with or without BOM, UTF-16 with BOM, otherwise GB18030 (a superset of GBK/GB2312),
/// chosen only when the bytes are not valid UTF-8, so that nothing is ever decoded into mojibake.
/// </summary>
public static class TextDecoder
{
    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static (string Text, string EncodingName) Decode(byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith("\uFEFF"u8))
        {
            return (Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3), "UTF-8");
        }

        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2), "UTF-16LE");
        }

        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2), "UTF-16BE");
        }

        if (TryStrictUtf8(bytes, bytes.Length) is { } text)
        {
            return (text, "UTF-8");
        }

        // A UTF-8 file cut inside its last character (a truncated download) is still UTF-8.
        var complete = CompleteUtf8Length(bytes);
        if (complete < bytes.Length && TryStrictUtf8(bytes, complete) is { } cut)
        {
            return (cut, "UTF-8");
        }

        return (Encoding.GetEncoding("GB18030").GetString(bytes), "GB18030");
    }

    /// <summary>
    /// The text of the first <paramref name="length"/> bytes when they are valid UTF-8, null otherwise: transcoded in one
    /// pass (UTF-8 never has more UTF-16 units than bytes) and copied out once. (A strict
    /// <see cref="UTF8Encoding.GetString(byte[], int, int)"/> first counts the characters in a pass of its own.) The buffer
    /// comes from the pool only for files up to <see cref="PooledBytes"/>, so that no worker keeps a large one.
    /// </summary>
    private static string? TryStrictUtf8(byte[] bytes, int length)
    {
        var pooled = length <= PooledBytes;
        var buffer = pooled ? System.Buffers.ArrayPool<char>.Shared.Rent(Math.Max(length, 1)) : new char[length];
        try
        {
            var status = System.Text.Unicode.Utf8.ToUtf16(bytes.AsSpan(0, length), buffer, out _, out var written,
                replaceInvalidSequences: false, isFinalBlock: true);
            return status == System.Buffers.OperationStatus.Done ? new string(buffer, 0, written) : null;
        }
        finally
        {
            if (pooled)
            {
                System.Buffers.ArrayPool<char>.Shared.Return(buffer);
            }
        }
    }

    /// <summary>The largest text (in bytes) decoded through a pooled buffer: a report is usually tens of kilobytes.</summary>
    private const int PooledBytes = 1 << 20;

    /// <summary>The length without a trailing incomplete UTF-8 sequence (at most three bytes).</summary>
    private static int CompleteUtf8Length(byte[] bytes)
    {
        for (var back = 1; back <= Math.Min(3, bytes.Length); back++)
        {
            var b = bytes[^back];
            if ((b & 0xC0) == 0xC0)
            {
                var needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
                return needed > back ? bytes.Length - back : bytes.Length;
            }

            if ((b & 0x80) == 0)
            {
                return bytes.Length;
            }
        }

        return bytes.Length;
    }
}
