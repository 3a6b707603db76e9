using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Jixiao.Documents.Workbook;

/// <summary>
/// Writes a Jixiao workbook (`jixiao template`, `jixiao targets new`) with OpenXML: the 说明 sheet (how to fill it in,
/// and the marker that makes it recognisable), then one sheet per part as the content's <see cref="WorkbookDefinition"/>
/// (<see cref="WorkbookLayout"/>, <see cref="DeclarationLayout"/>) defines it — Chinese
/// headers in bold, frozen top rows, number formats, drop-down lists, numeric checks, formulas without cached values
/// (the spreadsheet computes them on opening) and the pre-filled <see cref="TemplateContent"/>.
/// </summary>
public static class TemplateWriter
{
    public static byte[] Write(TemplateContent content) => Write(content, out _);

    /// <summary>Writes the workbook and tells where each value of the content went, by sheet-qualified cell ("收支情况!B19").</summary>
    public static byte[] Write(TemplateContent content, out IReadOnlyDictionary<string, TemplatePlace> places)
    {
        var placed = new Dictionary<string, TemplatePlace>(StringComparer.Ordinal);
        using var stream = new MemoryStream();
        Write(stream, content, placed);
        places = placed;
        return stream.ToArray();
    }

    public static void Write(Stream output, TemplateContent content) => Write(output, content, null);

    private static void Write(Stream output, TemplateContent content, Dictionary<string, TemplatePlace>? places)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = WorkbookStyles.Create();
        var sheets = new Sheets();
        var definedNames = new DefinedNames();

        AddSheet(workbookPart, sheets, WorkbookLayout.InstructionsSheet, InstructionsSheet.Write(content));
        foreach (var spec in content.Workbook.Sheets)
        {
            var writer = new SheetWriter(spec, content);
            AddSheet(workbookPart, sheets, spec.Name, writer.Write());
            foreach (var (cell, place) in places is null ? [] : writer.Places)
            {
                places![cell] = place;
            }

            foreach (var (name, range) in writer.DefinedNames)
            {
                definedNames.Append(new DefinedName(range) { Name = name });
            }
        }

        workbookPart.Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook(
            new BookViews(new WorkbookView()),
            sheets,
            definedNames,
            new CalculationProperties { CalculationId = 191029, FullCalculationOnLoad = true });
    }

    private static void AddSheet(WorkbookPart workbookPart, Sheets sheets, string name, Worksheet worksheet)
    {
        var part = workbookPart.AddNewPart<WorksheetPart>();
        part.Worksheet = worksheet;
        sheets.Append(new Sheet { Name = name, SheetId = (uint)sheets.ChildElements.Count + 1, Id = workbookPart.GetIdOfPart(part) });
    }
}
