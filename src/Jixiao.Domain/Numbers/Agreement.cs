namespace Jixiao.Domain.Numbers;

/// <summary>How a stated number compares with the value derived from other stated numbers.</summary>
public enum Agreement
{
    /// <summary>The derived value, printed at the stated precision, is the stated value.</summary>
    Exact,
    /// <summary>The values differ as printed but the rounding intervals overlap.</summary>
    WithinRounding,
    /// <summary>No value the printed numbers may stand for makes them agree.</summary>
    Mismatch,
}
