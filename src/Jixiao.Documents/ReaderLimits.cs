namespace Jixiao.Documents;

/// <summary>
/// Limits every reader keeps to, so that no input can exhaust time or memory. Safe defaults; the server binds them
/// from the configuration section `Limits` (one key per property, e.g. `Limits:MaxZipEntries`), listed in docs/limits.md.
/// Going past one gives a reading problem (JX8002) or, when nothing could be read, one Chinese sentence naming the limit.
/// </summary>
public sealed record ReaderLimits
{
    public static readonly ReaderLimits Default = new();

    /// <summary>Largest file accepted, in bytes (32 MiB; published reports are far smaller).</summary>
    public long MaxFileBytes { get; init; } = 32L * 1024 * 1024;

    /// <summary>Longest line kept, in characters; the rest is cut and reported.</summary>
    public int MaxLineLength { get; init; } = 100_000;

    /// <summary>Most columns kept per table row.</summary>
    public int MaxTableColumns { get; init; } = 256;

    /// <summary>Most rows kept per table.</summary>
    public int MaxTableRows { get; init; } = 100_000;

    /// <summary>
    /// Most bytes all entries of a zip container (.docx, .xlsx) may inflate to together (128 MiB), checked against the
    /// sizes the central directory declares and again against the bytes actually inflated, since headers can lie.
    /// </summary>
    public long MaxDecompressedBytes { get; init; } = 128L * 1024 * 1024;

    /// <summary>Most entries in a zip container (.docx, .xlsx); a Word document has a few dozen.</summary>
    public int MaxZipEntries { get; init; } = 10_000;

    /// <summary>Most pages of a PDF read; the rest are left out with a reading problem.</summary>
    public int MaxPdfPages { get; init; } = 500;

    /// <summary>Most indirect objects a PDF may hold (counted by their <c>endobj</c> markers) before it is refused unread.</summary>
    public int MaxPdfObjects { get; init; } = 500_000;

    /// <summary>Deepest element nesting of a web page read as structure; deeper markup is flattened and reported.</summary>
    public int MaxHtmlDepth { get; init; } = 512;

    /// <summary>
    /// Longest time, in seconds, a reader spends on the pages of one document (checked between pages); the pages not
    /// reached are left out with a reading problem, so that no input can hang a batch audit or the server.
    /// </summary>
    public int MaxReadSeconds { get; init; } = 60;

    /// <summary>The names of the limits that are not greater than 0 (a configuration error); empty when all are valid.</summary>
    public IReadOnlyList<string> NotPositive()
    {
        (string Name, long Value)[] limits =
        [
            (nameof(MaxFileBytes), MaxFileBytes), (nameof(MaxLineLength), MaxLineLength), (nameof(MaxTableColumns), MaxTableColumns),
            (nameof(MaxTableRows), MaxTableRows), (nameof(MaxDecompressedBytes), MaxDecompressedBytes), (nameof(MaxZipEntries), MaxZipEntries),
            (nameof(MaxPdfPages), MaxPdfPages), (nameof(MaxPdfObjects), MaxPdfObjects), (nameof(MaxHtmlDepth), MaxHtmlDepth),
            (nameof(MaxReadSeconds), MaxReadSeconds),
        ];
        return [.. limits.Where(l => l.Value <= 0).Select(l => l.Name)];
    }
}
