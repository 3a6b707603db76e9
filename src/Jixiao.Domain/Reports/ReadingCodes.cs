namespace Jixiao.Domain.Reports;

/// <summary>
/// The reading problems (JX8xxx) readers and extraction report instead of guessing.
/// Defined here, beside <see cref="ReadingProblem"/>, so readers and the audit catalogue share one list; descriptors live in the catalogue.
/// </summary>
public static class ReadingCodes
{
    /// <summary>The file cannot be read at all (empty, binary, unsupported format, too large).</summary>
    public const string Unreadable = "JX8001";

    /// <summary>Part of the content was cut at a configured limit (line length, table rows or columns).</summary>
    public const string LimitExceeded = "JX8002";

    /// <summary>The document is not of a genre Jixiao extracts.</summary>
    public const string UnknownGenre = "JX8003";

    /// <summary>A part the genre requires (a table, a section) was not found.</summary>
    public const string PartMissing = "JX8004";

    /// <summary>A cell or figure could not be read as a number.</summary>
    public const string NotANumber = "JX8005";

    /// <summary>A table prints no money unit; the unit was inferred from the figures' size.</summary>
    public const string UnitAssumed = "JX8006";

    /// <summary>A figure looks misread by OCR (letters in a number, figures run together, "292%" for "≥92%"); reported, never corrected.</summary>
    public const string SuspiciousNumber = "JX8007";

    /// <summary>A table printed one cell per line could not be rebuilt with confidence; its lines were kept as paragraphs.</summary>
    public const string TableNotRebuilt = "JX8008";

    /// <summary>A formula cell of a Jixiao workbook shows a value other than the one recomputed from its inputs; the recomputed value is read.</summary>
    public const string FormulaMismatch = "JX8009";
}
