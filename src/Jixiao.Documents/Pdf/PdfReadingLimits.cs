namespace Jixiao.Documents.Pdf;

/// <summary>Fixed limits of the PDF reader on top of the configurable <see cref="ReaderLimits"/> (pages, objects, time), so that no PDF can exhaust time or memory.</summary>
internal static class PdfReadingLimits
{
    /// <summary>
    /// Most letters read per page. A dense A4 page of 9-point Chinese holds about 4,000 characters and a
    /// small-print table perhaps 10,000; word grouping is O(n log n), so 20,000 keeps every real page whole
    /// while a page of generated glyphs cannot stall the reader.
    /// </summary>
    public const int MaxLettersPerPage = 20_000;

    /// <summary>
    /// Most ruling lines used per page. A full-page table of 40 rows and 15 columns has fewer than a hundred once the
    /// pieces of each line are merged; a page with more is a drawing (a chart, a map), and pairing rules into grids is quadratic,
    /// so its rules are not used and any table on it is read by the alignment of its text.
    /// </summary>
    public const int MaxRulesPerPage = 2_000;
}
