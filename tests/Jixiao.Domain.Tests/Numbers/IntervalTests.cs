using Jixiao.Domain.Numbers;

namespace Jixiao.Domain.Tests.Numbers;

public sealed class IntervalTests
{
    [Fact]
    public void Sums_and_differences_keep_every_possible_value()
    {
        var a = Interval.Around(2411.87m, 0.005m);
        var b = Interval.Around(550.41m, 0.005m);
        Assert.Equal(new Interval(2962.27m, 2962.29m), a + b);
        Assert.Equal(new Interval(1861.45m, 1861.47m), a - b);
    }

    [Fact]
    public void Division_spans_the_extreme_quotients_and_refuses_a_divisor_that_may_be_zero()
    {
        var quotient = Interval.Around(0.37m, 0.005m).DivideBy(Interval.Around(0.5m, 0.005m))!.Value;
        Assert.True(quotient.Contains(0.74m));
        Assert.Equal(0.365m / 0.505m, quotient.Low);
        Assert.Equal(0.375m / 0.495m, quotient.High);
        Assert.Null(Interval.Exact(1).DivideBy(Interval.Around(0, 0.5m)));
    }

    [Fact]
    public void Overlap_is_inclusive_at_the_bounds()
    {
        Assert.True(new Interval(1, 2).Overlaps(new Interval(2, 3)));
        Assert.False(new Interval(1, 2).Overlaps(new Interval(2.0001m, 3)));
    }

    [Fact]
    public void Multiplying_by_a_negative_factor_swaps_the_bounds() =>
        Assert.Equal(new Interval(-4, -2), new Interval(1, 2) * -2);
}
