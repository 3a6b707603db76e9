using System.Text;

namespace Jixiao.Documents.Loading;

/// <summary>
/// Decodes text files: UTF-8 with or without BOM, UTF-16 with BOM, otherwise GB18030 (a superset of GBK/GB2312),
/// chosen only when the bytes are not valid UTF-8, so that nothing is ever decoded into mojibake.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

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

        try
        {
            return (StrictUtf8.GetString(bytes), "UTF-8");
        }
        catch (DecoderFallbackException)
        {
            return (Encoding.GetEncoding("GB18030").GetString(bytes), "GB18030");
        }
    }
}
