namespace Jixiao.Documents;

/// <summary>Limits every reader keeps to, so that no input can exhaust time or memory. Safe defaults.</summary>
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
}
