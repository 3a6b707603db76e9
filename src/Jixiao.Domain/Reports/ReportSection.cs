namespace Jixiao.Domain.Reports;

/// <summary>A heading of the report with how much content stands under it (directly or in sub-sections).</summary>
/// <param name="Numbering">Normalised numbering path, e.g. "一、（四）".</param>
/// <param name="Title">The heading text without its numbering.</param>
/// <param name="ContentBlocks">Paragraphs and tables under it, sub-sections included.</param>
public sealed record ReportSection(string Numbering, string Title, int ContentBlocks, SourceLocation Location);
