namespace Jixiao.Domain.Numbers;

/// <summary>Money units printed in reports: 元 inside, 万元 and 亿元 only at the edges.</summary>
public static class MoneyUnits
{
    public const string Yuan = "元";
    public const string TenThousandYuan = "万元";
    public const string HundredMillionYuan = "亿元";

    public static decimal FactorOf(string unit) => unit switch
    {
        TenThousandYuan => 10_000m,
        HundredMillionYuan => 100_000_000m,
        _ => 1m,
    };

    /// <summary>Converts 元 to 万元 exactly (never rounded).</summary>
    public static decimal ToTenThousandYuan(decimal yuan) => Trim(yuan / 10_000m);

    /// <summary>The same value without trailing zeros (3916.2900 → 3916.29).</summary>
    public static decimal Trim(decimal value) => value / 1.0000000000000000000000000000m;
}
