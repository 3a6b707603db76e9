namespace Jixiao.Documents.Workbook;

/// <summary>
/// A block of a sheet: a title row in column A (【收入】), a bold header row, then the rows. The importer finds blocks by
/// their titles, so rows may be inserted within a block.
/// </summary>
/// <param name="Title">The title, e.g. "【项目支出】": unique within the sheet.</param>
/// <param name="Note">What the block is for, for the 说明 sheet.</param>
public abstract record BlockSpec(string Title, string Note);
