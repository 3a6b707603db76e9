namespace Jixiao.Documents.Loading;

/// <summary>A size in bytes as the readers' messages print it: "32 MB（33,554,432 字节）", "1.5 KB（1,536 字节）", "900 字节".</summary>
internal static class ByteSize
{
    public static string Format(long bytes) => bytes switch
    {
        >= 1024 * 1024 => FormattableString.Invariant($"{bytes / 1048576.0:0.##} MB（{bytes:N0} 字节）"),
        >= 1024 => FormattableString.Invariant($"{bytes / 1024.0:0.##} KB（{bytes:N0} 字节）"),
        _ => FormattableString.Invariant($"{bytes} 字节"),
    };
}
