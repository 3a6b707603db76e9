using Jixiao.Domain.Numbers;

namespace Jixiao.Audit.Engine;

/// <summary>One stated number in a derivation, added (+1) or subtracted (−1).</summary>
/// <param name="Name">What the number is: the label itself, or the row when <see cref="Column"/> is given.</param>
public sealed record Term(string Name, Stated Number, int Sign = 1)
{
    /// <summary>A table column the number stands in ("调整后预算数"), joined to <see cref="Name"/> only when a label is shown.</summary>
    public string? Column { get; init; }

    /// <summary>"row·column", or the name alone: built when a finding shows it, not for every term that agrees.</summary>
    public string Label => Column is null ? Name : $"{Name}·{Column}";

    public static Term InColumn(string row, string column, Stated number, int sign = 1) => new(row, number, sign) { Column = column };

    /// <summary>
    /// The signed sum of the printed values, and the interval of true values it may stand for: the sum widened by half a
    /// printed unit of every term, whatever its sign.
    /// </summary>
    public static (Interval Interval, decimal Value) Sum(IReadOnlyList<Term> terms)
    {
        var value = 0m;
        var resolutions = 0m;
        for (var i = 0; i < terms.Count; i++)
        {
            var term = terms[i];
            value = term.Sign < 0 ? value - term.Number.Value : value + term.Number.Value;
            resolutions += term.Number.Resolution;
        }

        return (Interval.Around(value, resolutions * 0.5m), value);
    }

    /// <summary>"403.52 + 0 − 146.83" as printed (values converted to <paramref name="unitOf"/>'s unit where units differ).</summary>
    public static string Expression(IReadOnlyList<Term> terms, Stated unitOf)
    {
        const int Shown = 6;
        if (terms.Count > Shown + 2)
        {
            return Expression(terms.Take(Shown).ToArray(), unitOf) + $" + …（共 {terms.Count} 项）";
        }

        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < terms.Count; i++)
        {
            var term = terms[i];
            if (i > 0 || term.Sign < 0)
            {
                builder.Append(term.Sign < 0 ? (i == 0 ? "−" : " − ") : " + ");
            }

            builder.Append(NumberText.Printed(term.Number, unitOf));
        }

        return terms.Count == 0 ? "0" : builder.ToString();
    }
}
