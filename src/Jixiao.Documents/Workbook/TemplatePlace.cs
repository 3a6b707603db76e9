namespace Jixiao.Documents.Workbook;

/// <summary>
/// Where <see cref="TemplateWriter"/> put one value of a <see cref="TemplateContent"/>: its block, its row among the
/// block's content rows (0 for a form field) and the field's or column's key — so that a problem the importer names by
/// cell ("收支情况!B19") can be put back beside the value it came from (the workbench's 在线填报 form).
/// </summary>
public sealed record TemplatePlace(BlockSpec Block, int Row, string Key);
