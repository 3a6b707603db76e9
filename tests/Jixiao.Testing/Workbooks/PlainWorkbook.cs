using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Jixiao.Testing.Workbooks;

/// <summary>An ordinary workbook that Jixiao did not write: one sheet with a few cells.</summary>
public static class PlainWorkbook
{
    public static byte[] Bytes()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            var sheet = workbook.AddNewPart<WorksheetPart>();
            sheet.Worksheet = new Worksheet(new SheetData(new Row(
                new Cell { CellReference = "A1", DataType = CellValues.InlineString, InlineString = new InlineString(new Text("项目")) },
                new Cell { CellReference = "B1", CellValue = new CellValue("37.38") }) { RowIndex = 1 }));
            workbook.Workbook = new Workbook(new Sheets(new Sheet { Name = "Sheet1", SheetId = 1, Id = workbook.GetIdOfPart(sheet) }));
        }

        return stream.ToArray();
    }
}
