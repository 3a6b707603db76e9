using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;

namespace Jixiao.Domain.Tests.Numbers;

public sealed class StatedTests
{
    private static readonly SourceLocation At = new(Line: 1);

    [Fact]
    public void Money_in_ten_thousand_yuan_is_exact_in_yuan_with_the_printed_resolution()
    {
        var stated = Stated.Money("2,962.29", 2962.29m, 2, MoneyUnits.TenThousandYuan, At);
        Assert.Equal(29_622_900m, stated.Value);
        Assert.Equal(100m, stated.Resolution);
        Assert.Equal(new Interval(29_622_850m, 29_622_950m), stated.Interval);
        Assert.Equal(2, stated.Decimals);
        Assert.Equal(2962.29m, stated.InUnit(MoneyUnits.TenThousandYuan));
    }

    [Fact]
    public void A_printed_zero_is_exact()
    {
        Assert.Equal(0m, Stated.Money("0", 0, 0, MoneyUnits.TenThousandYuan, At).Resolution);
        Assert.Equal(0m, Stated.Percent("0%", 0, 0, At).Resolution);
    }

    [Fact]
    public void A_column_resolution_only_ever_refines_the_precision()
    {
        var coarse = Stated.Money("357", 357, 0, MoneyUnits.TenThousandYuan, At);
        Assert.Equal(100m, coarse.WithColumnResolution(100m).Resolution);
        Assert.Equal(10_000m, coarse.Resolution);
        var fine = Stated.Money("0.37", 0.37m, 2, MoneyUnits.TenThousandYuan, At);
        Assert.Same(fine, fine.WithColumnResolution(10_000m));
    }

    [Theory]
    [InlineData(40_459_417.51, 4045.941751)]
    [InlineData(39_162_900.00, 3916.29)]
    [InlineData(11_259_991.55, 1125.999155)]
    public void Yuan_convert_to_ten_thousand_yuan_exactly(decimal yuan, decimal wan)
    {
        var converted = MoneyUnits.ToTenThousandYuan(yuan);
        Assert.Equal(wan, converted);
        Assert.Equal(wan.ToString(System.Globalization.CultureInfo.InvariantCulture), converted.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
