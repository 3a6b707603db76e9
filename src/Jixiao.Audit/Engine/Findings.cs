using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;

namespace Jixiao.Audit.Engine;

/// <summary>
/// Builds findings, rounding-aware: an exact match gives none; overlapping intervals give one info
/// (withinRounding); disjoint intervals give the rule's severity. Every compared number goes into Values.
/// </summary>
public static class Findings
{
    public static Finding Create(RuleDescriptor descriptor, SourceLocation location, IReadOnlyList<FindingValue> values,
        IReadOnlyDictionary<string, string> arguments, string? expected = null, string? actual = null, string? difference = null,
        bool withinRounding = false)
    {
        var message = descriptor.Render(arguments) + (withinRounding ? RuleTexts.WithinRoundingSuffix : string.Empty);
        return new Finding(descriptor.Id, withinRounding ? Severity.Info : descriptor.DefaultSeverity, withinRounding, descriptor.Title,
            message, location, values, expected, actual, difference, arguments);
    }

    /// <summary>
    /// Compares a stated number with the sum of terms (年初 + 调增 − 调减; Σ parts); a single term is the same
    /// figure printed elsewhere and is compared as such (<see cref="Reconciliation.Compare(Stated, Stated)"/>).
    /// </summary>
    public static Finding? Sum(RuleDescriptor descriptor, string statedLabel, Stated stated, IReadOnlyList<Term> terms,
        IDictionary<string, string> arguments)
    {
        var (agreement, value) = SumAgreement(stated, terms);
        if (agreement == Agreement.Exact)
        {
            return null;
        }

        arguments["Expression"] = Term.Expression(terms, stated);
        return Build(descriptor, statedLabel, stated, value, agreement,
            [.. terms.Select(t => new FindingValue(t.Label, t.Number)), new FindingValue(statedLabel, stated)], arguments);
    }

    /// <summary>
    /// How <paramref name="stated"/> agrees with the sum of <paramref name="terms"/>, and the sum: what <see cref="Sum"/>
    /// decides on, for a rule to skip building labels and arguments when the figures agree exactly.
    /// </summary>
    public static (Agreement Agreement, decimal Value) SumAgreement(Stated stated, IReadOnlyList<Term> terms)
    {
        var (interval, value) = Term.Sum(terms);
        var agreement = terms is [{ Sign: > 0 } single]
            ? Reconciliation.Compare(single.Number, stated)
            : Reconciliation.Compare(stated, interval, value);
        return (agreement, value);
    }

    /// <summary>
    /// How a stated rate agrees with Σ numerator / Σ denominator × 100%, and that rate; null when the denominator may be
    /// zero (no rate can be derived). What <see cref="Rate(RuleDescriptor, string, Stated, IReadOnlyList{Term}, IReadOnlyList{Term}, IDictionary{string, string})"/> decides on.
    /// </summary>
    public static (Agreement Agreement, decimal Value)? RateAgreement(Stated rate, IReadOnlyList<Term> numerator, IReadOnlyList<Term> denominator)
    {
        var (numeratorInterval, numeratorValue) = Term.Sum(numerator);
        var (denominatorInterval, denominatorValue) = Term.Sum(denominator);
        return RateAgreement(rate, numeratorInterval, numeratorValue, denominatorInterval, denominatorValue);
    }

    /// <summary><see cref="RateAgreement(Stated, IReadOnlyList{Term}, IReadOnlyList{Term})"/> of one figure by one figure.</summary>
    public static (Agreement Agreement, decimal Value)? RateAgreement(Stated rate, Stated numerator, Stated denominator) =>
        RateAgreement(rate, numerator.Interval, numerator.Value, denominator.Interval, denominator.Value);

    private static (Agreement Agreement, decimal Value)? RateAgreement(Stated rate, Interval numeratorInterval, decimal numeratorValue,
        Interval denominatorInterval, decimal denominatorValue)
    {
        var interval = numeratorInterval.DivideBy(denominatorInterval);
        if (interval is null || denominatorValue == 0)
        {
            return null;
        }

        var value = numeratorValue / denominatorValue * 100m;
        return (Reconciliation.Compare(rate, interval.Value * 100m, value), value);
    }

    /// <summary>Compares a stated rate with numerator / denominator × 100%.</summary>
    public static Finding? Rate(RuleDescriptor descriptor, string rateLabel, Stated rate, Term numerator, Term denominator,
        IDictionary<string, string> arguments) =>
        Rate(descriptor, rateLabel, rate, [numerator], [denominator], arguments);

    /// <summary>Compares a stated rate with Σ numerator / Σ denominator × 100% (e.g. growth = increase ÷ (final − increase)).</summary>
    public static Finding? Rate(RuleDescriptor descriptor, string rateLabel, Stated rate, IReadOnlyList<Term> numerator,
        IReadOnlyList<Term> denominator, IDictionary<string, string> arguments)
    {
        if (RateAgreement(rate, numerator, denominator) is not ({ } agreement, var value) || agreement == Agreement.Exact)
        {
            return null;
        }

        var unitOf = numerator[0].Number;
        var denominatorText = denominator.Count == 1 ? NumberText.Printed(denominator[0].Number, unitOf) : $"({Term.Expression(denominator, unitOf)})";
        var numeratorText = numerator.Count == 1 ? NumberText.Printed(numerator[0].Number, unitOf) : $"({Term.Expression(numerator, unitOf)})";
        arguments["Expression"] = $"{numeratorText} ÷ {denominatorText}";
        return Build(descriptor, rateLabel, rate, value, agreement,
            [.. numerator.Concat(denominator).Select(t => new FindingValue(t.Label, t.Number)), new FindingValue(rateLabel, rate)],
            arguments);
    }

    /// <summary>Compares two stated numbers that should be the same figure.</summary>
    public static Finding? Same(RuleDescriptor descriptor, string firstLabel, Stated first, string secondLabel, Stated second,
        IDictionary<string, string> arguments)
    {
        var agreement = Reconciliation.Compare(first, second);
        if (agreement == Agreement.Exact)
        {
            return null;
        }

        arguments["FirstLabel"] = firstLabel;
        arguments["SecondLabel"] = secondLabel;
        arguments["FirstText"] = first.Text + NumberText.UnitSuffix(first);
        arguments["SecondText"] = second.Text + NumberText.UnitSuffix(second);
        return Build(descriptor, secondLabel, second, first.Value, agreement,
            [new FindingValue(firstLabel, first), new FindingValue(secondLabel, second)], arguments);
    }

    private static Finding Build(RuleDescriptor descriptor, string statedLabel, Stated stated, decimal derived, Agreement agreement,
        IReadOnlyList<FindingValue> values, IDictionary<string, string> arguments)
    {
        var expected = NumberText.InUnitOf(derived, stated);
        var difference = NumberText.InUnitOf(Math.Abs(stated.Value - derived), stated);
        arguments["Label"] = statedLabel;
        arguments["Expected"] = expected;
        arguments["Actual"] = stated.Text;
        arguments["Difference"] = difference;
        arguments["Unit"] = NumberText.UnitSuffix(stated);
        return Create(descriptor, stated.Location, values, new Dictionary<string, string>(arguments), expected, stated.Text, difference,
            withinRounding: agreement == Agreement.WithinRounding);
    }
}
