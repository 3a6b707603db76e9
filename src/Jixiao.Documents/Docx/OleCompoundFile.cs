using System.Text;

namespace Jixiao.Documents.Docx;

/// <summary>
/// Recognises an OLE compound file (signature D0 CF 11 E0 A1 B1 1A E1): a password-protected Office document
/// (its directory holds the streams "EncryptionInfo" and "EncryptedPackage") or a legacy Word 97–2003 .doc
/// ("WordDocument"), neither of which the Word reader can read.
/// </summary>
public static class OleCompoundFile
{
    private static readonly byte[] Signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static bool IsCompoundFile(ReadOnlySpan<byte> bytes) => bytes.StartsWith(Signature);

    /// <summary>One Chinese sentence saying what the compound file is and what to do with it.</summary>
    public static string Describe(ReadOnlySpan<byte> bytes)
    {
        // Directory entry names are stored in UTF-16LE; a plain search is enough to tell the kinds apart.
        if (Contains(bytes, "EncryptedPackage") || Contains(bytes, "EncryptionInfo"))
        {
            return "文件受密码保护（加密的 Office 文档），无法读取；请在 Word 中取消密码并另存为 .docx 后再导入";
        }

        if (Contains(bytes, "WordDocument"))
        {
            return "这是旧版 Word 文档（.doc），无法直接读取；请在 Word 或 WPS 中另存为 .docx 后再导入";
        }

        return "这是旧版 Office 复合文档（如 .doc、.xls），不是 Word 文档（.docx），无法读取";
    }

    private static bool Contains(ReadOnlySpan<byte> bytes, string name) =>
        bytes.IndexOf(Encoding.Unicode.GetBytes(name)) >= 0;
}
