using Jixiao.Audit.Engine;
using Jixiao.Domain.Budgets;
using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;

namespace Jixiao.Audit.Rules.Arithmetic;

/// <summary>
/// JX1006: a printed rate equals the figures it is computed from — 支出率 = 实际支出 ÷ 调整后预算数 on
/// every 表3 row; 部门预算执行率 = 决算支出 ÷ 调整预算支出; the conclusion's 完成预算的% = 执行数 ÷ 全年预算数;
/// on a self-evaluation table (自评表) every funding row's 执行率 = 全年执行数 ÷ 全年预算数.
/// </summary>
public sealed class RateMatchesFiguresRule : IAuditRule
{
    public RuleDescriptor Descriptor { get; } = RuleTexts.Describe(RuleIds.RateMatchesFigures, RuleCategory.Arithmetic, Severity.Error);

    public IEnumerable<Finding> Check(Report report, AuditSettings settings)
    {
        var candidates = new List<(string Where, Stated Rate, Term Numerator, Term Denominator)>();
        if (report.BudgetTable is { } table)
        {
            foreach (var row in BudgetRows.All(table))
            {
                if (row is { ExecutionRate: { } rate, Actual: { } actual, Adjusted: { } adjusted } && Differs(rate, actual, adjusted))
                {
                    var name = row.Location.Row ?? row.Label;
                    candidates.Add(($"{table.Location.Table}“{name}”", rate,
                        Term.InColumn(name, AuditLabels.Column(BudgetColumn.Actual), actual),
                        Term.InColumn(name, AuditLabels.Column(BudgetColumn.Adjusted), adjusted)));
                }
            }
        }

        if (report.Table is { } selfEvaluation)
        {
            foreach (var row in selfEvaluation.Funding)
            {
                if (row is { ExecutionRate: { } rate, Actual: { } actual, Adjusted: { } adjusted })
                {
                    candidates.Add(($"{selfEvaluation.Location.Table ?? "自评表"}“{row.Label}”", rate,
                        new Term($"{row.Label}·全年执行数", actual), new Term($"{row.Label}·全年预算数", adjusted)));
                }
            }
        }

        if (report.Expenditure is { ExecutionRate: { } stated, Actual: { } spent, Adjusted: { } budget })
        {
            candidates.Add((stated.Location.Row!, stated, new Term(spent.Location.Row!, spent), new Term(budget.Location.Row!, budget)));
        }

        if (report.Conclusion is { ExecutionRate: { } concluded, Executed: { } executed, Budget: { } yearBudget })
        {
            candidates.Add((concluded.Location.Row!, concluded, new Term(executed.Location.Row!, executed), new Term(yearBudget.Location.Row!, yearBudget)));
        }

        foreach (var (where, rate, numerator, denominator) in candidates)
        {
            var arguments = new Dictionary<string, string> { ["Where"] = where };
            if (denominator.Number.Value == 0)
            {
                if (numerator.Number.Value == 0 && rate.Value != 0)
                {
                    arguments["Expression"] = $"{numerator.Number.Text} ÷ {denominator.Number.Text}";
                    arguments["Label"] = rate.Location.Row ?? where;
                    arguments["Expected"] = "0%";
                    arguments["Actual"] = rate.Text;
                    arguments["Difference"] = rate.Text;
                    arguments["Unit"] = string.Empty;
                    yield return Findings.Create(Descriptor, rate.Location,
                        [new FindingValue(numerator.Label, numerator.Number), new FindingValue(denominator.Label, denominator.Number), new FindingValue(where, rate)],
                        arguments, "0%", rate.Text, rate.Text);
                }

                continue;
            }

            if (Findings.Rate(Descriptor, where, rate, numerator, denominator, arguments) is { } finding)
            {
                yield return finding;
            }
        }
    }

    /// <summary>
    /// Whether a rate may disagree with its figures (the check below decides); most rows of a long 表3 agree exactly, and
    /// for them no terms, labels or arguments are built.
    /// </summary>
    private static bool Differs(Stated rate, Stated numerator, Stated denominator) =>
        denominator.Value == 0
            ? numerator.Value == 0 && rate.Value != 0
            : Findings.RateAgreement(rate, numerator, denominator) is ({ } agreement, _) && agreement != Agreement.Exact;
}
