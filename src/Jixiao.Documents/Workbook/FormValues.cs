using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;

namespace Jixiao.Documents.Workbook;

/// <summary>The imported fields of one form, by key; a field missing from the sheet reads as empty.</summary>
internal sealed class FormValues(IReadOnlyDictionary<string, CellEntry> fields, SourceLocation location)
{
    /// <summary>Where the form stands (its sheet).</summary>
    public SourceLocation Location { get; } = location;

    public bool IsEmpty => !fields.Values.Any(f => f.HasValue);

    public string? Text(string key) => fields.GetValueOrDefault(key)?.Text;

    /// <summary>The number of a field, its row named by the field's label.</summary>
    public Stated? Number(string key) => fields.GetValueOrDefault(key)?.Number;

    public DateReading? Date(string key) => fields.GetValueOrDefault(key)?.Date;

    public int? Whole(string key) => fields.GetValueOrDefault(key)?.Whole;

    public SourceLocation LocationOf(string key) => fields.GetValueOrDefault(key)?.Location ?? Location;
}
