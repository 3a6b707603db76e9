using System.Globalization;
using System.IO.Compression;

namespace Jixiao.Documents.Loading;

/// <summary>
/// Checks a zip container (.docx, .xlsx) against <see cref="ReaderLimits.MaxZipEntries"/> and
/// <see cref="ReaderLimits.MaxDecompressedBytes"/> before any part is parsed: first the entry count and the sizes the
/// central directory declares, then the bytes actually inflated, entry by entry, stopping as soon as the total passes
/// the limit (a zip bomb whose headers understate its sizes is refused after inflating at most the limit).
/// </summary>
internal static class ZipBudget
{
    private const int ChunkBytes = 81920;

    /// <summary>Null when the container keeps to the limits; otherwise one Chinese sentence naming the limit.</summary>
    public static string? Check(ZipArchive zip, ReaderLimits limits)
    {
        try
        {
            var entries = zip.Entries;
            if (entries.Count > limits.MaxZipEntries)
            {
                return string.Create(CultureInfo.InvariantCulture,
                    $"压缩包中有 {entries.Count:N0} 个部件，超过部件数上限 {limits.MaxZipEntries:N0} 个（Limits:MaxZipEntries），未读取");
            }

            var declared = 0L;
            foreach (var entry in entries)
            {
                declared += entry.Length;
                if (declared > limits.MaxDecompressedBytes)
                {
                    return TooLarge(limits, "按压缩包目录");
                }
            }

            var inflated = 0L;
            var chunk = new byte[ChunkBytes];
            foreach (var entry in entries)
            {
                using var stream = entry.Open();
                int read;
                while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
                {
                    inflated += read;
                    if (inflated > limits.MaxDecompressedBytes)
                    {
                        return TooLarge(limits, "实际解压时");
                    }
                }
            }

            return null;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException or ArgumentException)
        {
            return "压缩包已损坏或不完整（部件无法解压，或部件的实际大小与目录所记不符），未读取";
        }
    }

    private static string TooLarge(ReaderLimits limits, string how) =>
        $"{how}，解压后超过解压大小上限 {ByteSize.Format(limits.MaxDecompressedBytes)}（Limits:MaxDecompressedBytes；可能是压缩炸弹），未读取";
}
