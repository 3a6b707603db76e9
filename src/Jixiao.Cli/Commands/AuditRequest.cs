namespace Jixiao.Cli.Commands;

/// <summary>The parsed `audit` command line, apart from the rule profile.</summary>
/// <param name="Jobs">--jobs as given; null means the mode's default (1, or the processor count for a batch).</param>
/// <param name="Output">The full path of `-o`, or null for stdout.</param>
internal sealed record AuditRequest(IReadOnlyList<string> Inputs, string Format, string FailOn, string? Scheme, int? Jobs, string? Output, bool Resume);
