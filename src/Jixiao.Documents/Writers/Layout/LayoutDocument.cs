namespace Jixiao.Documents.Writers.Layout;

/// <summary>
/// A generated report laid out neutrally: the composer builds it from the model once, and each writer
/// (.docx, .html, .md) only formats it, so all formats say the same thing.
/// </summary>
/// <param name="Title">The title line(s), e.g. "2023年度广州市天河区应急管理局" / "部门整体支出绩效自评报告".</param>
/// <param name="Issuer">Who issues it (the department), printed under the body; null when unknown.</param>
/// <param name="Parts">Headings, paragraphs, tables and figures in reading order.</param>
public sealed record LayoutDocument(IReadOnlyList<string> Title, string? Issuer, IReadOnlyList<LayoutPart> Parts);
