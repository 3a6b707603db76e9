using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;

namespace Jixiao.Domain.Tests.Numbers;

public sealed class ReconciliationTests
{
    private static Stated Wan(string text, decimal value, int decimals) => Stated.Money(text, value, decimals, MoneyUnits.TenThousandYuan, new SourceLocation());

    [Fact]
    public void A_derived_value_that_rounds_to_the_printed_one_is_exact()
    {
        var rate = Stated.Percent("96.98%", 96.98m, 2, new SourceLocation());
        var derived = 4045.94m / 4171.75m * 100m;
        Assert.Equal(Agreement.Exact, Reconciliation.Compare(rate, Interval.Exact(derived), derived));
    }

    [Fact]
    public void Sums_that_differ_only_by_rounding_overlap()
    {
        var total = Wan("2962.29", 2962.29m, 2);
        var parts = Wan("2411.87", 2411.87m, 2).Interval + Wan("550.41", 550.41m, 2).Interval;
        Assert.Equal(Agreement.WithinRounding, Reconciliation.Compare(total, parts, 29_622_800m));
    }

    [Fact]
    public void Sums_far_apart_do_not_match()
    {
        var adjusted = Wan("550.41", 550.41m, 2);
        var derived = Wan("403.52", 403.52m, 2).Interval - Wan("146.83", 146.83m, 2).Interval;
        Assert.Equal(Agreement.Mismatch, Reconciliation.Compare(adjusted, derived, 2_566_900m));
    }

    [Fact]
    public void Two_statements_of_one_figure_compare_at_the_coarser_precision()
    {
        Assert.Equal(Agreement.Exact, Reconciliation.Compare(Wan("1126", 1126m, 0), Stated.Money("11,259,991.55", 11_259_991.55m, 2, MoneyUnits.Yuan, new SourceLocation())));
        Assert.Equal(Agreement.Mismatch, Reconciliation.Compare(Wan("1121.99", 1121.99m, 2), Stated.Money("11,259,991.55", 11_259_991.55m, 2, MoneyUnits.Yuan, new SourceLocation())));
    }

    [Fact]
    public void Two_printings_of_one_figure_one_unit_apart_cannot_both_be_right() =>
        Assert.Equal(Agreement.Mismatch, Reconciliation.Compare(Wan("4171.75", 4171.75m, 2), Wan("4171.76", 4171.76m, 2)));

    [Fact]
    public void A_coarser_printing_of_the_same_figure_is_exact() =>
        Assert.Equal(Agreement.Exact, Reconciliation.Compare(Wan("4045.9", 4045.9m, 1), Wan("4045.85", 4045.85m, 2)));

    [Theory]
    [InlineData(2.345, 0.01, 2.35)]
    [InlineData(-2.345, 0.01, -2.35)]
    [InlineData(1125.999155, 1, 1126)]
    public void Rounding_is_half_away_from_zero(decimal value, decimal resolution, decimal expected) =>
        Assert.Equal(expected, Reconciliation.RoundTo(value, resolution));
}
