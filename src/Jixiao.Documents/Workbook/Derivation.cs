namespace Jixiao.Documents.Workbook;

/// <summary>
/// A derived value (公式列) defined once for both sides of the workbook: the spreadsheet formula the template writes
/// (<see cref="Formula"/>) and the exact decimal computation the importer does when the formula has no cached value
/// (<see cref="Evaluate"/>). A balance (调整后预算数 = 年初 + 调增 − 调减) is blank when all its operands are blank, blanks
/// counting as 0 otherwise; a ratio (支出率 = 实际 / 调整后, 占比) is blank when the numerator is blank or the denominator
/// blank or 0, and is a fraction (the cell shows it as a percentage).
/// </summary>
public sealed class Derivation
{
    private Derivation(bool isRatio, IReadOnlyList<Operand> operands)
    {
        IsRatio = isRatio;
        Operands = operands;
    }

    /// <summary>True for a ratio (a <see cref="CellKind.Percent"/> result), false for a balance of amounts (<see cref="CellKind.Money"/>).</summary>
    public bool IsRatio { get; }

    /// <summary>The operands: the terms of a balance, or the numerator and the denominator of a ratio.</summary>
    public IReadOnlyList<Operand> Operands { get; }

    /// <summary>A sum of signed terms, e.g. 年初预算 + 预算调增数 − 预算调减数.</summary>
    public static Derivation Balance(params Operand[] terms) => new(isRatio: false, terms);

    /// <summary>The ratio <paramref name="numerator"/> / <paramref name="denominator"/>.</summary>
    public static Derivation Ratio(Operand numerator, Operand denominator) => new(isRatio: true, [numerator, denominator]);

    /// <summary>The spreadsheet formula (without "="), given the cell reference of each operand.</summary>
    public string Formula(Func<Operand, string> cellOf)
    {
        if (IsRatio)
        {
            var numerator = cellOf(Operands[0]);
            var denominator = cellOf(Operands[1]);
            return $"IF(OR(N({denominator})=0,COUNT({numerator})=0),\"\",{numerator}/{denominator})";
        }

        var cells = Operands.Select(cellOf).ToArray();
        var sum = string.Concat(Operands.Select((o, i) => (o.Sign < 0 ? "-" : i == 0 ? string.Empty : "+") + $"N({cells[i]})"));
        return $"IF(COUNT({string.Join(',', cells)})=0,\"\",{sum})";
    }

    /// <summary>The exact value from the operands' values (in the sheet's money unit); null where the formula shows a blank.</summary>
    public decimal? Evaluate(Func<Operand, decimal?> valueOf)
    {
        if (IsRatio)
        {
            var numerator = valueOf(Operands[0]);
            var denominator = valueOf(Operands[1]);
            return numerator is null || denominator is null or 0m ? null : numerator.Value / denominator.Value;
        }

        var values = Operands.Select(valueOf).ToArray();
        return values.All(v => v is null) ? null : Operands.Select((o, i) => o.Sign * (values[i] ?? 0m)).Sum();
    }

    /// <summary>A short Chinese description for the 说明 sheet ("= 年初预算 + 预算调增数 − 预算调减数").</summary>
    public string Describe(Func<Operand, string> nameOf) => IsRatio
        ? $"= {nameOf(Operands[0])} ÷ {nameOf(Operands[1])}"
        : "= " + string.Concat(Operands.Select((o, i) => (o.Sign < 0 ? " − " : i == 0 ? string.Empty : " + ") + nameOf(o)));
}
