using Jixiao.Domain.Numbers;

namespace Jixiao.Documents.Extraction;

/// <summary>
/// Reads the figures of one table column at the column's precision: tables exported with Excel's "General"
/// format drop trailing zeros, so "357" and "2752.9" stand among figures printed to the 0.01 as 357.00 and 2752.90.
/// </summary>
public static class ColumnPrecision
{
    /// <summary>The finest non-zero resolution among the figures of a column, or null when there is none.</summary>
    public static decimal? Of(IEnumerable<Stated?> column)
    {
        decimal? finest = null;
        foreach (var stated in column)
        {
            if (stated is { Resolution: > 0 } && (finest is null || stated.Resolution < finest))
            {
                finest = stated.Resolution;
            }
        }

        return finest;
    }

    public static Stated? Apply(Stated? stated, decimal? columnResolution) =>
        stated is null || columnResolution is not { } resolution ? stated : stated.WithColumnResolution(resolution);
}
