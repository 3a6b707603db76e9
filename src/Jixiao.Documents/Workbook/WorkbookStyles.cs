using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Jixiao.Documents.Workbook;

/// <summary>
/// The template's cell styles (样式): titles, bold headers, and for each kind of cell its number format — in white for
/// inputs, grey for formulas and blue for last year's reference figures. Builds the stylesheet and gives style indexes.
/// </summary>
internal static class WorkbookStyles
{
    public const uint Title = 1;
    public const uint BlockTitle = 2;
    public const uint Header = 3;
    public const uint Label = 4;
    public const uint Note = 5;

    private const uint FirstCell = 6;
    private const uint MoneyFormat = 164;
    private const uint TextFormat = 49;
    private const uint PercentFormat = 10;
    private const uint IntegerFormat = 1;
    private const uint GeneralFormat = 0;

    /// <summary>The kinds in the order their styles are laid out (three styles each: input, derived, reference).</summary>
    private static readonly CellKind[] Kinds = Enum.GetValues<CellKind>();

    /// <summary>The style of a cell of <paramref name="kind"/> in a column of <paramref name="role"/>.</summary>
    public static uint Of(CellKind kind, ColumnRole role) =>
        FirstCell + ((uint)Array.IndexOf(Kinds, kind) * 3) + role switch
        {
            ColumnRole.Derived => 1u,
            ColumnRole.Reference or ColumnRole.Prior => 2u,
            _ => 0u,
        };

    public static Stylesheet Create()
    {
        var formats = new List<CellFormat>
        {
            new() { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 },
            new() { NumberFormatId = 0, FontId = 2, FillId = 0, BorderId = 0, ApplyFont = true },
            new() { NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 0, ApplyFont = true },
            Cell(GeneralFormat, font: 1, fill: 2, wrap: true, center: true),
            Cell(TextFormat, font: 0, fill: 0, wrap: true),
            Cell(TextFormat, font: 3, fill: 0, wrap: true),
        };
        foreach (var kind in Kinds)
        {
            var numberFormat = NumberFormatOf(kind);
            var wrap = kind is CellKind.LongText;
            formats.Add(Cell(numberFormat, font: 0, fill: 0, wrap));
            formats.Add(Cell(numberFormat, font: 0, fill: 3, wrap));
            formats.Add(Cell(numberFormat, font: 3, fill: 4, wrap));
        }

        return new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = MoneyFormat, FormatCode = "#,##0.00##" }) { Count = 1 },
            new Fonts(
                Font(bold: false, size: 11, grey: false),
                Font(bold: true, size: 11, grey: false),
                Font(bold: true, size: 14, grey: false),
                Font(bold: false, size: 11, grey: true)) { Count = 4 },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                Solid("FFD9E1F2"),
                Solid("FFEDEDED"),
                Solid("FFDDEBF7")) { Count = 5 },
            new Borders(
                new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
                new Border(
                    new LeftBorder(new Color { Rgb = "FFBFBFBF" }) { Style = BorderStyleValues.Thin },
                    new RightBorder(new Color { Rgb = "FFBFBFBF" }) { Style = BorderStyleValues.Thin },
                    new TopBorder(new Color { Rgb = "FFBFBFBF" }) { Style = BorderStyleValues.Thin },
                    new BottomBorder(new Color { Rgb = "FFBFBFBF" }) { Style = BorderStyleValues.Thin },
                    new DiagonalBorder())) { Count = 2 },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            new CellFormats(formats) { Count = (uint)formats.Count },
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }

    private static uint NumberFormatOf(CellKind kind) => kind switch
    {
        CellKind.Money => MoneyFormat,
        CellKind.Percent => PercentFormat,
        CellKind.Year or CellKind.Month or CellKind.Count => IntegerFormat,
        CellKind.Score => GeneralFormat,
        _ => TextFormat,
    };

    private static CellFormat Cell(uint numberFormat, uint font, uint fill, bool wrap, bool center = false) => new(
        new Alignment
        {
            WrapText = wrap ? BooleanValue.FromBoolean(true) : null,
            Vertical = VerticalAlignmentValues.Top,
            Horizontal = center ? new EnumValue<HorizontalAlignmentValues>(HorizontalAlignmentValues.Center) : null,
        })
    {
        NumberFormatId = numberFormat,
        FontId = font,
        FillId = fill,
        BorderId = 1,
        ApplyNumberFormat = true,
        ApplyFont = true,
        ApplyFill = true,
        ApplyBorder = true,
        ApplyAlignment = true,
    };

    private static Font Font(bool bold, double size, bool grey)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        font.Append(new FontSize { Val = size });
        if (grey)
        {
            font.Append(new Color { Rgb = "FF595959" });
        }

        font.Append(new FontName { Val = "宋体" });
        font.Append(new FontFamilyNumbering { Val = 2 });
        font.Append(new FontCharSet { Val = 134 });
        return font;
    }

    private static Fill Solid(string argb) =>
        new(new PatternFill(new ForegroundColor { Rgb = argb }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid });
}
