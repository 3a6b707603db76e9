using Jixiao.Documents.Writers.Layout;
using Jixiao.Domain.Reports;

namespace Jixiao.Synthetic;

/// <summary>
/// One generated report: its file name without extension ("0001-tianhe-yingji-2023"), the model it was composed from,
/// the laid-out document as it is written (with any injected contradictions) and the injections.
/// </summary>
public sealed record SyntheticReport(string Name, Report Model, LayoutDocument Document, IReadOnlyList<Injection> Injections);
