namespace Jixiao.Domain.Numbers;

/// <summary>What a stated number measures.</summary>
public enum Quantity
{
    /// <summary>An amount of money; the value is in 元 (yuan).</summary>
    Money,
    /// <summary>A rate or share (比率/占比); the value is in percentage points.</summary>
    Percent,
    /// <summary>A count of things (个, 次, 家…); the value is the count.</summary>
    Count,
    /// <summary>Points of a score (分); printed with decimals, so rounding applies.</summary>
    Score,
}
