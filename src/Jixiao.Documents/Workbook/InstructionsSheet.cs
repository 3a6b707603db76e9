using DocumentFormat.OpenXml.Spreadsheet;

namespace Jixiao.Documents.Workbook;

/// <summary>The 说明 sheet: how to fill the workbook in, sheet by sheet, and the marker.</summary>
internal static class InstructionsSheet
{
    public static Worksheet Write(TemplateContent content)
    {
        var grid = new WorksheetCells();
        var row = 1;
        grid.Text(row++, 0, content.Workbook.Heading, WorkbookStyles.Title);
        grid.Text(row, 0, "模板版本", WorkbookStyles.Label);
        grid.Text(row++, 1, content.Workbook.Marker, WorkbookStyles.Label);
        if (content.Year is { } year)
        {
            grid.Text(row, 0, "年度", WorkbookStyles.Label);
            grid.Number(row++, 1, year, WorkbookStyles.Label);
        }

        row++;
        grid.Text(row++, 0, "填写说明", WorkbookStyles.BlockTitle);
        foreach (var (rule, i) in content.Workbook.Rules.Select((r, i) => (r, i)))
        {
            grid.Number(row, 0, i + 1, WorkbookStyles.Label);
            grid.Text(row++, 1, rule, WorkbookStyles.Note);
        }

        foreach (var sheet in content.Workbook.Sheets)
        {
            row++;
            grid.Text(row, 0, sheet.Name, WorkbookStyles.BlockTitle);
            grid.Text(row++, 1, sheet.Purpose + (sheet.HasMoneyUnit ? "金额按第 2 行的金额单位填写。" : string.Empty), WorkbookStyles.Note);
            foreach (var block in sheet.Blocks)
            {
                grid.Text(row, 0, block.Title, WorkbookStyles.Header);
                grid.Text(row++, 1, block.Note, WorkbookStyles.Note);
                foreach (var (name, description) in WorkbookGuide.Describe(block))
                {
                    grid.Text(row, 0, name, WorkbookStyles.Label);
                    grid.Text(row++, 1, description, WorkbookStyles.Note);
                }
            }
        }

        return new Worksheet(
            WorksheetCells.FrozenViews(1),
            new Columns(
                new Column { Min = 1, Max = 1, Width = 30, CustomWidth = true },
                new Column { Min = 2, Max = 2, Width = 110, CustomWidth = true }),
            grid.ToSheetData(),
            new SheetProtection { Sheet = true, Objects = true, Scenarios = true });
    }
}
