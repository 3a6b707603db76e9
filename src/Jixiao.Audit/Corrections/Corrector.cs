using System.Globalization;
using Jixiao.Domain.Numbers;

namespace Jixiao.Audit.Corrections;

/// <summary>
/// Replaces a stated figure by a derived value when they disagree beyond rounding, printing the new value at the
/// old one's precision and unit, and records the change.
/// </summary>
internal sealed class Corrector
{
    private readonly List<Correction> _changes = [];

    public IReadOnlyList<Correction> Changes => _changes;

    /// <summary>The stated figure, or a corrected copy when <paramref name="derived"/> contradicts it; null stays null.</summary>
    public Stated? Fix(Stated? stated, Derived? derived, string where, string reason)
    {
        if (stated is null || derived is null || Reconciliation.Compare(stated, derived.Interval, derived.Value) != Agreement.Mismatch)
        {
            return stated;
        }

        var corrected = Reprint(stated, derived.Value);
        _changes.Add(new Correction(where, Shown(stated), Shown(corrected), reason));
        return corrected;
    }

    /// <summary>A contradiction between two detailed sources that no correction can settle, listed for the department to verify.</summary>
    public void Unresolved(string where, string first, string second, string reason) =>
        _changes.Add(new Correction(where, first, second, reason) { Resolved = false });

    /// <summary>A new figure at the precision of <paramref name="like"/> (at least two decimals for money).</summary>
    private static Stated Reprint(Stated like, decimal value)
    {
        var decimals = Math.Max(like.Decimals, like.Kind == Quantity.Money ? 2 : like.Decimals);
        var printed = Math.Round(value / like.UnitFactor, decimals, MidpointRounding.AwayFromZero);
        var text = printed.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return like.Kind switch
        {
            Quantity.Money => Stated.Money(text, printed, decimals, like.Unit, like.Location),
            Quantity.Percent => Stated.Percent(text + "%", printed, decimals, like.Location),
            Quantity.Score => Stated.Score(text, printed, decimals, like.Location),
            _ => Stated.Count(text, printed, like.Unit, like.Location),
        };
    }

    private static string Shown(Stated stated) => stated.Kind == Quantity.Money ? $"{stated.Text}{stated.Unit}" : stated.Text;
}
