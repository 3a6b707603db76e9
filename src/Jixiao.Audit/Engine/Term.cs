using Jixiao.Domain.Numbers;

namespace Jixiao.Audit.Engine;

/// <summary>One stated number in a derivation, added (+1) or subtracted (−1).</summary>
public sealed record Term(string Label, Stated Number, int Sign = 1)
{
    public static (Interval Interval, decimal Value) Sum(IEnumerable<Term> terms)
    {
        var interval = Interval.Exact(0);
        var value = 0m;
        foreach (var term in terms)
        {
            interval = term.Sign >= 0 ? interval + term.Number.Interval : interval - term.Number.Interval;
            value += term.Sign * term.Number.Value;
        }

        return (interval, value);
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
