namespace Jixiao.Documents.Writers.Layout;

/// <summary>One piece of a <see cref="LayoutDocument"/>.</summary>
public abstract record LayoutPart;

/// <summary>
/// A heading; <paramref name="Level"/> follows the official numbering: 1 "一、", 2 "（一）", 3 "1.", 4 "（1）".
/// <paramref name="Text"/> includes the numbering as printed.
/// </summary>
public sealed record HeadingPart(int Level, string Text) : LayoutPart;

/// <summary>A body paragraph (first line indented by two characters in print).</summary>
public sealed record ParagraphPart(string Text) : LayoutPart;

/// <summary>
/// A table with its caption ("表2：部门预算按经济分类执行情况") and its unit note stated once ("单位：万元").
/// Rows use HTML semantics: a cell spanning rows is given once, in its first row, and the rows below omit it.
/// </summary>
public sealed record TablePart(
    string Caption,
    string? UnitNote,
    IReadOnlyList<LayoutRow> Header,
    IReadOnlyList<LayoutRow> Body) : LayoutPart;

/// <summary>A chart with its caption ("图1：…").</summary>
public sealed record FigurePart(string Caption, Chart Chart) : LayoutPart;

/// <summary>Starts a new page (before appendices).</summary>
public sealed record PageBreakPart : LayoutPart;
