using Jixiao.Documents.Writers.Layout;
using Jixiao.Domain.Claims;
using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;
using Jixiao.Domain.Targets;

namespace Jixiao.Synthetic;

/// <summary>
/// Injects one contradiction of a given kind into a composed report: it picks a figure, changes it by far more than
/// its printed precision (so the rounding-aware audit must report it) and records where it stands. Null when the report has
/// no figure of that kind.
/// </summary>
internal sealed class Injector(Report report, Draws draw)
{
    public (LayoutDocument Document, Injection Injection)? Inject(LayoutDocument document, InjectionKind kind) => kind switch
    {
        InjectionKind.ProjectRate => ProjectRate(document),
        InjectionKind.EconomicShare => EconomicRow(document, kind),
        InjectionKind.EconomicTotal => EconomicRow(document, kind),
        InjectionKind.GrowthRate => GrowthRate(document),
        InjectionKind.OverviewBalance => OverviewBalance(document),
        InjectionKind.KeyTaskFunds => KeyTaskFunds(document),
        InjectionKind.EvaluatedFunds => EvaluatedFunds(document),
        InjectionKind.EconomicNarrative => EconomicNarrative(document),
        InjectionKind.IndicatorCount => IndicatorCount(document),
        InjectionKind.BandCount => BandCount(document),
        InjectionKind.ScoreAboveMaximum => ScoreAboveMaximum(document),
        _ => null,
    };

    /// <summary>A value moved by <paramref name="min"/>–<paramref name="max"/> (two decimals), downwards when it stays above <paramref name="floor"/>.</summary>
    private decimal Moved(decimal value, decimal min, decimal max, decimal floor = 0m)
    {
        var delta = Printed.Round(draw.Fraction(min, max));
        return value - delta > floor ? value - delta : value + delta;
    }

    private (LayoutDocument, Injection)? Cell(LayoutDocument document, int table, int row, int cell, string column, string rowName, InjectionKind kind, string changed)
    {
        var part = (TablePart)document.Parts[table];
        var original = part.Body[row].Cells[cell].Text;
        var location = new SourceLocation(LayoutEditor.SectionOf(document, table), LayoutEditor.TableName(part), rowName, column);
        return (LayoutEditor.ReplaceCell(document, table, row, cell, changed), Injection.Of(kind, location, original, changed));
    }

    private static (LayoutDocument, Injection) Phrase(LayoutDocument document, int paragraph, string row, InjectionKind kind, string prefix, string original, string changed)
    {
        var location = new SourceLocation(LayoutEditor.SectionOf(document, paragraph), Row: row);
        return (LayoutEditor.ReplaceInParagraph(document, paragraph, prefix + original, prefix + changed), Injection.Of(kind, location, original, changed));
    }

    private (LayoutDocument, Injection)? ProjectRate(LayoutDocument document)
    {
        var table = LayoutEditor.TableIndex(document, "部门预算情况");
        var projects = report.BudgetTable!.Projects.Where(p => p.Adjusted!.Value > 0).ToArray();
        if (table < 0 || projects.Length == 0)
        {
            return null;
        }

        var project = draw.Pick(projects);
        var row = LayoutEditor.RowIndex((TablePart)document.Parts[table], label => label == project.Label);
        var cells = ((TablePart)document.Parts[table]).Body[row].Cells.Count;
        var changed = Printed.PercentText(Moved(project.ExecutionRate!.Value, 1m, 9m)).Text;
        return Cell(document, table, row, cells - 1, "支出率", project.Label, InjectionKind.ProjectRate, changed);
    }

    /// <summary>
    /// A 表2 class the narrative does not quote: its share moved (<see cref="InjectionKind.EconomicShare"/>) or its amount
    /// moved by 100–5,000 元 while its printed share stays right (<see cref="InjectionKind.EconomicTotal"/>).
    /// </summary>
    private (LayoutDocument, Injection)? EconomicRow(LayoutDocument document, InjectionKind kind)
    {
        var table = LayoutEditor.TableIndex(document, "经济分类");
        var economic = report.EconomicTable!;
        var quoted = report.Expenditure!.EconomicClasses.Select(c => c.Name).ToHashSet();
        var rows = economic.Rows.Where(r => r.Amount!.Value > 0 && !quoted.Contains(r.Name)).ToArray();
        if (table < 0 || rows.Length == 0)
        {
            return null;
        }

        var chosen = draw.Pick(rows);
        var row = LayoutEditor.RowIndex((TablePart)document.Parts[table], label => label.EndsWith("、" + chosen.Name, StringComparison.Ordinal));
        if (kind == InjectionKind.EconomicShare)
        {
            var share = Printed.PercentText(Moved(chosen.Share!.Value, 0.5m, 3m)).Text;
            return Cell(document, table, row, 2, "占比", chosen.Name, kind, share);
        }

        var total = economic.Total!.Amount!.Value;
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var amount = Moved(chosen.Amount!.Value, 100m, 5000m);
            if (Printed.Round(amount / total * 100m) == chosen.Share!.Value)
            {
                return Cell(document, table, row, 1, "实际支出数", chosen.Name, kind, Printed.Text(amount, thousands: true));
            }
        }

        return null;
    }

    private (LayoutDocument, Injection)? GrowthRate(LayoutDocument document)
    {
        var growth = report.Revenue!.Total.GrowthRate!;
        var paragraph = LayoutEditor.ParagraphIndex(document, "预算收入");
        var changed = Printed.PercentText(Moved(growth.Value, 1m, 5m)).Text;
        return paragraph < 0 ? null : Phrase(document, paragraph, "增长率", InjectionKind.GrowthRate, "增长率", growth.Text, changed);
    }

    private (LayoutDocument, Injection)? OverviewBalance(LayoutDocument document)
    {
        var table = LayoutEditor.TableIndex(document, "绩效目标表");
        var ownLevel = report.Targets!.Overview.OwnLevel!;
        var row = LayoutEditor.RowIndex((TablePart)document.Parts[table], label => label == "财政专项资金");
        var changed = Printed.Text(Moved(ownLevel.InUnit(MoneyUnits.TenThousandYuan), 1m, 99m), thousands: true);
        return Cell(document, table, row, 3, "预算金额（万元）", "本级使用资金", InjectionKind.OverviewBalance, changed);
    }

    private (LayoutDocument, Injection)? KeyTaskFunds(LayoutDocument document)
    {
        var table = LayoutEditor.TableIndex(document, "绩效目标表");
        var tasks = report.Targets!.KeyTasks;
        if (tasks.Count == 0)
        {
            return null;
        }

        var task = draw.Pick(tasks);
        var row = LayoutEditor.RowIndex((TablePart)document.Parts[table], label => label == task.Name);
        var changed = Printed.Text(Moved(task.Funds!.InUnit(MoneyUnits.TenThousandYuan), 1m, 20m, 0.5m));
        return Cell(document, table, row, 2, "拟投入的资金（万元）", task.Name, InjectionKind.KeyTaskFunds, changed);
    }

    private (LayoutDocument, Injection)? EvaluatedFunds(LayoutDocument document)
    {
        var funds = report.Claims.OfType<EvaluatedFundsClaim>().First(c => c.Scope == EvaluationScope.Department).GeneralBudgetFunds!;
        var paragraph = LayoutEditor.ParagraphIndex(document, "组织部门整体支出绩效自评，");
        var changed = Printed.Text(Moved(funds.InUnit(MoneyUnits.TenThousandYuan), 1m, 50m));
        return paragraph < 0 ? null : Phrase(document, paragraph, "涉及一般公共预算支出", InjectionKind.EvaluatedFunds, "涉及一般公共预算支出", funds.Text, changed);
    }

    /// <summary>An economic class quoted in the expenditure sentence, its amount moved by 0.05–0.90 万元 while its quoted share stays right.</summary>
    private (LayoutDocument, Injection)? EconomicNarrative(LayoutDocument document)
    {
        var expenditure = report.Expenditure!;
        var paragraph = LayoutEditor.ParagraphIndex(document, "从经济分类来看");
        var quoted = draw.Pick(expenditure.EconomicClasses);
        for (var attempt = 0; attempt < 20 && paragraph >= 0; attempt++)
        {
            var amount = Moved(quoted.Amount!.InUnit(MoneyUnits.TenThousandYuan), 0.05m, 0.9m);
            if (Printed.Round(amount / expenditure.Actual!.InUnit(MoneyUnits.TenThousandYuan) * 100m) == quoted.Share!.Value)
            {
                return Phrase(document, paragraph, quoted.Name, InjectionKind.EconomicNarrative, quoted.Name, quoted.Amount.Text, Printed.Text(amount));
            }
        }

        return null;
    }

    private (LayoutDocument, Injection)? IndicatorCount(LayoutDocument document)
    {
        var paragraph = LayoutEditor.ParagraphIndex(document, "部门整体共设立");
        var indicators = report.Targets!.Indicators;
        var category = draw.Pick(indicators.Select(i => i.Category).Distinct().ToArray());
        var count = indicators.Count(i => i.Category == category);
        var changed = count > 3 && draw.Chance(0.5) ? count - draw.Int(1, 3) : count + draw.Int(1, 3);
        var name = IndicatorNames.Category(category);
        return paragraph < 0 ? null : Phrase(document, paragraph, name + "个数", InjectionKind.IndicatorCount, name, $"{count}个", $"{changed}个");
    }

    private (LayoutDocument, Injection)? BandCount(LayoutDocument document)
    {
        var band = draw.Pick(report.Claims.OfType<CompletionBandClaim>().Where(b => b.LowerPercent == 100m).ToArray());
        var name = IndicatorNames.Category(band.Category);
        var paragraph = LayoutEditor.ParagraphAfterHeading(document, $"部门整体绩效目标{name}完成情况");
        var count = report.Targets!.Indicators.Count(i => i.Category == band.Category);
        var changed = $"{count + draw.Int(1, 3)}个";
        return paragraph < 0 ? null : Phrase(document, paragraph, "完成率在100-150%的指标", InjectionKind.BandCount, "完成率在100-150%的指标有", band.Count.Text + "个", changed);
    }

    private (LayoutDocument, Injection)? ScoreAboveMaximum(LayoutDocument document)
    {
        var score = report.Claims.OfType<ScoreClaim>().First();
        var paragraph = LayoutEditor.ParagraphIndex(document, "自评得分");
        var changed = Printed.Score(score.MaxScore!.Value + Printed.Round(draw.Fraction(0.5m, 5m))).Text;
        return paragraph < 0 ? null : Phrase(document, paragraph, score.Item, InjectionKind.ScoreAboveMaximum, "自评得分", score.SelfScore!.Text, changed);
    }
}
