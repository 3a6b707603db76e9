namespace Jixiao.Cli.Batch;

/// <summary>
/// One finished input of a batch audit, rendered by the worker that audited it so the single writer only copies text:
/// <see cref="Output"/> is its NDJSON line or its CSV rows, <see cref="Problems"/> its lines for stderr.
/// </summary>
internal sealed record BatchRecord(string File, string Output, IReadOnlyList<string> Problems, bool Unreadable, bool ReachesFailOn,
    int Errors, int Warnings, int Infos);
