using Jixiao.Domain.Claims;
using Jixiao.Domain.Numbers;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Reports;
using Jixiao.Domain.Targets;
using static Jixiao.Domain.Scoring.IndicatorScorer;

namespace Jixiao.Domain.Scoring;

/// <summary>
/// Scores a report with a scheme: on a self-evaluation table (自评表) every item; on a department report what it
/// publishes (execution rate, completion bands, the stated item scores) — and says what it cannot compute.
/// </summary>
public static class ScoreSheetBuilder
{
    public static ScoreSheet Build(Report report, ScoringScheme scheme)
    {
        var context = new Context(report, scheme);
        var lines = new List<ScoreLine>();
        foreach (var item in scheme.Items)
        {
            context.Item(item, 0, lines);
        }

        var top = lines.Where(l => l.Depth == 0 && l.Points is not null).ToArray();
        decimal? available = top.Length == 0 ? null : top.Sum(l => l.Points!.Value);
        var scored = top.Where(l => l.Status is ScoreLineStatus.Computed or ScoreLineStatus.Manual).ToArray();
        var complete = top.Length > 0 && scored.Length == top.Length && scored.All(l => l.Awarded is not null);
        decimal? awarded = scored.Length == 0 ? null : scored.Sum(l => l.Awarded ?? 0);
        var excluded = lines.Where(l => l.Status == ScoreLineStatus.NotApplicable && l.Points is not null).Sum(l => l.Points!.Value);

        decimal? total = null;
        string explanation;
        var rate = context.Execution?.ComputedRatePercent;
        if (complete && available is { } full && awarded is { } sum)
        {
            total = sum;
            explanation = $"合计 = {string.Join(" + ", top.Select(l => N(l.Awarded!.Value)))} = {N(sum)} 分（满分 {N(full)}）";
            if (excluded > 0 && full - excluded > 0)
            {
                total = Round(sum * full / (full - excluded));
                explanation += $"；不适用指标 {N(excluded)} 分不计，按 {N(sum)} × {N(full)} ÷ {N(full - excluded)} 折算为 {N(total.Value)} 分";
            }

            if (scheme.ExecutionCaps.Count > 0 && rate is { } r
                && scheme.ExecutionCaps.FirstOrDefault(c => (c.MinRate is null || r >= c.MinRate) && r < c.MaxRate) is { } cap && total > cap.Cap)
            {
                explanation += $"；预算执行率 {N(r)}% 在 {(cap.MinRate is null ? "" : N(cap.MinRate.Value) + "%–")}{N(cap.MaxRate)}% 之间，总分封顶 {N(cap.Cap)} 分";
                total = cap.Cap;
            }
            else if (scheme.ExecutionCaps.Count > 0 && rate is { } noCap)
            {
                explanation += $"；预算执行率 {N(noCap)}%，不触及封顶";
            }
        }
        else
        {
            var missing = top.Where(l => l.Status is ScoreLineStatus.NotComputable || l.Awarded is null).Select(l => l.Name).ToArray();
            explanation = top.Length == 0
                ? "方案中没有已知分值的评分项，无法计算总分"
                : $"无法计算总分：{string.Join("、", missing)}未能计分" + (awarded is { } partial ? $"（已计分部分合计 {N(partial)} 分）" : string.Empty);
        }

        var table = report.Table;
        var grade = total is { } t ? scheme.GradeOf(t) : null;
        return new ScoreSheet
        {
            Scheme = scheme.Name,
            SchemeTitle = scheme.Title,
            SchemeVersion = scheme.Version,
            Basis = scheme.Basis,
            Overlays = scheme.AppliedOverlays,
            File = report.File,
            Subject = table?.ProjectName ?? table?.DepartmentName ?? report.Department,
            Lines = lines,
            Available = available,
            Awarded = awarded,
            Excluded = excluded,
            Total = total,
            TotalExplanation = explanation,
            Grade = grade,
            StatedTotal = table?.TotalScore,
            StatedGrade = string.IsNullOrWhiteSpace(table?.Grade) ? null : table!.Grade!.Trim(),
            GradeOfStatedTotal = table?.TotalScore is { } stated ? scheme.GradeOf(stated.Value) : null,
            Execution = context.Execution,
            Notes = [.. context.Notes, .. scheme.Notes],
        };
    }

    private sealed class Context
    {
        private readonly Report _report;
        private readonly ScoringScheme _scheme;
        private readonly bool _tableWeights;

        public Context(Report report, ScoringScheme scheme)
        {
            _report = report;
            _scheme = scheme;
            _tableWeights = report.Table?.Indicators.Any(i => i.Indicator.MaxScore is not null) == true;
            Execution = ExecutionOf(report);
        }

        public ExecutionFigures? Execution { get; }

        public List<string> Notes { get; } = [];

        public void Item(SchemeItem item, int depth, List<ScoreLine> lines)
        {
            switch (item.Method)
            {
                case SchemeMethods.ExecutionRateScore:
                    lines.Add(WithManual(item, ExecutionLine(item, depth)));
                    break;
                case SchemeMethods.Indicators:
                    IndicatorLines(item, depth, lines);
                    break;
                case SchemeMethods.CompletionBands:
                    lines.Add(BandLine(item, depth));
                    break;
                case SchemeMethods.Formula:
                    lines.Add(WithManual(item, FormulaLine(item, depth)));
                    break;
                case SchemeMethods.Manual:
                    lines.Add(WithManual(item, new ScoreLine
                    {
                        Id = item.Id, Name = item.Name, Depth = depth, Method = item.Method, Points = item.Points, Formula = "人工评分",
                        Status = ScoreLineStatus.NotComputable, Stated = StatedFor(item.Name),
                        Explanation = "需按评分细则人工评分，方案未给出人工得分" + (item.Note is null ? string.Empty : "；" + item.Note),
                    }));
                    break;
                default:
                    var index = lines.Count;
                    var children = new List<ScoreLine>();
                    foreach (var child in item.Children)
                    {
                        Item(child, depth + 1, children);
                    }

                    var direct = children.Where(c => c.Depth == depth + 1 && c.Points is not null).ToArray();
                    var points = item.Points ?? (direct.Length == 0 ? null : direct.Sum(c => c.Points!.Value));
                    var done = direct.Length > 0 && direct.All(c => c.Awarded is not null || c.Status == ScoreLineStatus.NotApplicable)
                        && children.Where(c => c.Depth == depth + 1).All(c => c.Status != ScoreLineStatus.NotComputable);
                    decimal? awarded = done ? direct.Sum(c => c.Awarded ?? 0) : null;
                    lines.Insert(index, new ScoreLine
                    {
                        Id = item.Id, Name = item.Name, Depth = depth, Method = item.Method, Points = points, Awarded = awarded,
                        Formula = direct.Length == 0 ? "—" : string.Join(" + ", direct.Select(c => c.Name)),
                        Status = done ? ScoreLineStatus.Computed : ScoreLineStatus.NotComputable, Stated = StatedFor(item.Name),
                        Explanation = done ? $"下级各项得分之和 {N(awarded!.Value)} 分" : points is null ? "分值未公开，无法计分" + Suffix(item.Note) : "下级有未能计分的项，小计无法计算" + Suffix(item.Note),
                    });
                    lines.AddRange(children);
                    break;
            }
        }

        private ScoreLine WithManual(SchemeItem item, ScoreLine line)
        {
            if (item.Manual is not { } manual)
            {
                return line;
            }

            var computed = line.Awarded is { } value ? $"（按方法计算为 {N(value)} 分）" : string.Empty;
            return line with
            {
                Awarded = manual.Score,
                Status = ScoreLineStatus.Manual,
                Inputs = [.. line.Inputs, new ScoreInputValue("人工得分", N(manual.Score), manual.Score)],
                Explanation = $"人工确定得分 {N(manual.Score)} 分，理由：{manual.Reason}{computed}",
            };
        }

        private ScoreLine ExecutionLine(SchemeItem item, int depth)
        {
            var e = Execution;
            var points = e?.Points ?? item.Points;
            var line = new ScoreLine { Id = item.Id, Name = item.Name, Depth = depth, Method = item.Method, Points = points, Stated = e?.StatedScore };
            if (e?.ComputedRatePercent is not { } rate)
            {
                Notes.Add($"{item.Name}：报告没有同时给出执行数和全年预算数，无法计算执行率");
                return line with { Status = ScoreLineStatus.NotComputable, Formula = "执行数 ÷ 全年预算数", Explanation = "报告没有同时给出执行数和全年预算数，无法计算执行率" };
            }

            var inputs = new List<ScoreInputValue>
            {
                new("全年预算数", e.Budget!.Text + e.Budget.Unit, e.Budget.Value),
                new("全年执行数", e.Executed!.Text + e.Executed.Unit, e.Executed.Value),
            };
            if (e.StatedRate is { } statedRate)
            {
                inputs.Add(new ScoreInputValue("所列执行率", statedRate.Text, statedRate.Value));
            }

            var rateText = $"执行率 = {e.Executed.Text} ÷ {e.Budget.Text} = {N(rate)}%";
            var mismatch = e.StatedRate is { } printed && !Agrees(printed, rate) ? $"（表中印 {printed.Text}，与计算不符）" : string.Empty;
            if (points is not { } p)
            {
                return line with
                {
                    Inputs = inputs, Status = ScoreLineStatus.Information, Formula = "执行数 ÷ 全年预算数",
                    Explanation = $"{rateText}{mismatch}；分值未公开（方案参数），只计算执行率" + Suffix(item.Note),
                };
            }

            var awarded = Round(p * Math.Min(rate / 100m, 1m));
            var weightNote = item.Points is { } schemePoints && schemePoints != p ? $"；按表内分值 {N(p)}（方案默认 {N(schemePoints)}）" : string.Empty;
            return line with
            {
                Inputs = inputs, Awarded = awarded, Status = ScoreLineStatus.Computed, Formula = $"{N(p)} × min(执行数 ÷ 全年预算数, 1)",
                Explanation = $"{rateText}{mismatch}，得 {N(p)} × {N(Math.Min(rate, 100m))}% = {N(awarded)} 分{weightNote}",
            };
        }

        private void IndicatorLines(SchemeItem item, int depth, List<ScoreLine> lines)
        {
            var category = CategoryOf(item.Category);
            var table = _report.Table;
            if (table is null)
            {
                var published = _report.Targets?.Indicators.Where(i => category is null || i.Category == category).ToArray() ?? [];
                var text = published.Length == 0
                    ? "报告没有可计分的指标表"
                    : $"绩效目标表有 {published.Length} 个{item.Name}，但报告未公布各指标的实际完成值和分值，无法逐项计分";
                Notes.Add($"{item.Name}：{text}");
                lines.Add(new ScoreLine
                {
                    Id = item.Id, Name = item.Name, Depth = depth, Method = item.Method, Points = item.Points, Status = ScoreLineStatus.NotComputable,
                    Formula = "Σ 分值 × min(完成率, 1)", Explanation = text, Stated = StatedFor(item.Name),
                });
                return;
            }

            var rows = table.Indicators.Where(i => category is null || i.Indicator.Category == category).ToArray();
            decimal? share = rows.Length == 0 || item.Points is null ? null : item.Points / rows.Length;
            var children = new List<ScoreLine>();
            foreach (var row in rows)
            {
                var points = row.Indicator.MaxScore?.Value ?? (_tableWeights ? null : share);
                var input = new IndicatorInput(row.Indicator.Name, row.Indicator.Subcategory, row.Indicator.Target, row.MeasureUnit, row.Indicator.Actual, points);
                var outcome = Score(input, _scheme.Indicators, item.IndicatorMethod ?? "auto", item.Bands, item.DeductionPerUnit, _scheme.Deviation);
                var pointsNote = row.Indicator.MaxScore is null && points is not null ? $"（表中未印分值，按方案 {N(item.Points!.Value)} 分均分）" : string.Empty;
                children.Add(new ScoreLine
                {
                    Id = $"{item.Id}/{row.Indicator.Name}", Name = row.Indicator.Name, Depth = depth + 1, Method = item.IndicatorMethod ?? "auto",
                    Points = points, Awarded = outcome.Awarded, Stated = row.Indicator.Score, Formula = outcome.Formula,
                    Explanation = points is null && outcome.Status == CompletionStatus.Scored ? outcome.Explanation + "；表中没有分值" : outcome.Explanation + pointsNote,
                    Status = outcome.Status switch
                    {
                        CompletionStatus.Scored => points is null ? ScoreLineStatus.NotComputable : ScoreLineStatus.Computed,
                        CompletionStatus.NotApplicable => ScoreLineStatus.NotApplicable,
                        _ => ScoreLineStatus.NotComputable,
                    },
                    RatePercent = outcome.Rate is { } r ? Round(r * 100m) : null, Completion = outcome.Status, Flags = outcome.Flags,
                    Target = row.Indicator.Target.Raw, Actual = row.Indicator.Actual, Location = row.Indicator.Location, Row = row, Outcome = outcome,
                    Inputs =
                    [
                        new ScoreInputValue("指标值", row.Indicator.Target.Raw + (row.MeasureUnit is { } u && !row.Indicator.Target.Raw.EndsWith(u, StringComparison.Ordinal) ? $"（{u}）" : string.Empty), outcome.TargetNumber),
                        new ScoreInputValue("完成值", string.IsNullOrWhiteSpace(row.Indicator.Actual) ? "（空）" : row.Indicator.Actual!, outcome.ActualNumber),
                    ],
                });
            }

            var itemPoints = _tableWeights ? children.Sum(c => c.Points ?? 0) : item.Points;
            var failed = children.Where(c => c.Status == ScoreLineStatus.NotComputable).ToArray();
            var done = children.Count > 0 && failed.Length == 0;
            decimal? awarded = done ? children.Sum(c => c.Awarded ?? 0) : rows.Length == 0 && _tableWeights ? 0 : null;
            string explanation;
            if (rows.Length == 0)
            {
                explanation = _tableWeights ? $"表中没有{item.Name}，按表内分值计 0 分" + (item.Points is > 0 ? $"（方案默认 {N(item.Points.Value)} 分）" : string.Empty) : $"表中没有{item.Name}，无法计分";
            }
            else if (done)
            {
                explanation = $"{children.Count} 个指标得分之和 {N(awarded!.Value)} 分" + (_tableWeights && item.Points is { } d && d != itemPoints ? $"；按表内分值合计 {N(itemPoints!.Value)} 分（方案默认 {N(d)} 分）" : string.Empty);
            }
            else
            {
                explanation = $"{failed.Length} 个指标无法计分（{string.Join("、", failed.Select(f => f.Name))}），小计无法计算";
                Notes.Add($"{item.Name}：{explanation}");
            }

            lines.Add(new ScoreLine
            {
                Id = item.Id, Name = item.Name, Depth = depth, Method = item.Method, Points = itemPoints, Awarded = awarded,
                Formula = "Σ 分值 × min(完成率, 1)", Explanation = explanation, Stated = StatedFor(item.Name),
                Status = rows.Length == 0 && _tableWeights ? ScoreLineStatus.Computed : done ? ScoreLineStatus.Computed : ScoreLineStatus.NotComputable,
            });
            lines.AddRange(children);
        }

        private ScoreLine BandLine(SchemeItem item, int depth)
        {
            var category = CategoryOf(item.Category);
            var band = _report.Claims.OfType<CompletionBandClaim>().FirstOrDefault(c => c.Category == category);
            var count = _report.Claims.OfType<IndicatorCountClaim>().Where(c => c.Category == category).Select(c => c.Total).FirstOrDefault();
            var line = new ScoreLine { Id = item.Id, Name = item.Name, Depth = depth, Method = item.Method, Points = item.Points, Status = ScoreLineStatus.Information, Formula = "完成率区间 → 得分" };
            if (band is null)
            {
                return line with { Explanation = "报告没有给出该类指标的完成率区间和合计得分" };
            }

            var inputs = new List<ScoreInputValue> { new($"完成率{N(band.LowerPercent)}–{N(band.UpperPercent)}%的指标个数", band.Count.Text, band.Count.Value) };
            if (count is not null)
            {
                inputs.Add(new ScoreInputValue("指标个数", count.Text, count.Value));
            }

            var text = $"报告：完成率在 {N(band.LowerPercent)}–{N(band.UpperPercent)}% 的指标 {band.Count.Text} 个" + (count is null ? string.Empty : $"（共 {count.Text} 个）");
            if (band.TotalScore is { } total)
            {
                inputs.Add(new ScoreInputValue("合计得分", total.Text, total.Value));
                text += $"，合计得分 {total.Text} 分（百分制）";
                if (count is not null && count.Value > band.Count.Value && count.Value > 0)
                {
                    var each = 100m / count.Value;
                    var rest = count.Value - band.Count.Value;
                    var restScore = total.Value - (band.Count.Value * each);
                    text += $"；若各指标等权（每个 {N(each)} 分），区间外的 {N(rest)} 个指标共得 {N(restScore)} 分（{N(restScore / (rest * each) * 100m)}%）——报告未公布其完成值，无法核实";
                }
                else if (count is not null && count.Value == band.Count.Value && total.Value < 100m)
                {
                    text += "；全部指标都在满分区间，合计却不足 100 分，报告未说明扣分原因";
                }
            }

            return line with { Inputs = inputs, Explanation = text + "；各指标的实际完成值未公布，不能逐项复核", Stated = band.TotalScore, Location = band.Location };
        }

        private ScoreLine FormulaLine(SchemeItem item, int depth)
        {
            var values = new Dictionary<string, decimal?>(StringComparer.Ordinal) { [Formula.PointsName] = item.Points };
            var inputs = new List<ScoreInputValue>();
            var used = Formula.Names(item.Formula!);
            if (item.Points is { } p)
            {
                inputs.Add(new ScoreInputValue(Formula.PointsName, N(p), p));
            }

            foreach (var input in item.Inputs)
            {
                var (value, text) = Resolve(input);
                values[input.Name] = value;
                if (used.Contains(input.Name) || value is not null)
                {
                    inputs.Add(new ScoreInputValue(input.Name, text, value));
                }
            }

            var stated = StatedFor(item.Name);
            var missing = used.Where(n => !values.TryGetValue(n, out var v) || v is null).ToArray();
            var line = new ScoreLine
            {
                Id = item.Id, Name = item.Name, Depth = depth, Method = item.Method, Points = item.Points, Inputs = inputs, Formula = item.Formula!, Stated = stated,
            };
            if (missing.Length > 0)
            {
                var text = $"缺少输入 {string.Join("、", missing)}，无法按公式计算" + (stated is null ? string.Empty : $"；报告自评 {stated.Text} 分无法核实") + Suffix(item.Note);
                Notes.Add($"{item.Name}：{text}");
                return line with { Status = ScoreLineStatus.NotComputable, Explanation = text };
            }

            var result = Formula.Evaluate(item.Formula!, values);
            if (result is not { } computed)
            {
                return line with { Status = ScoreLineStatus.NotComputable, Explanation = "公式无法计算（除数为 0）" + Suffix(item.Note) };
            }

            var awarded = Round(item.Points is { } max ? Math.Clamp(computed, 0, max) : computed);
            var explanation = $"按方案公式 {item.Formula} = {N(awarded)} 分";
            if (stated is not null && !Agrees(stated, awarded))
            {
                explanation += $"；报告自评 {stated.Text} 分，与按公开输入计算的 {N(awarded)} 分相差 {N(Math.Abs(stated.Value - awarded))} 分：由报告公布的输入无法复现 {stated.Text} 分，差额来源未公开";
                Notes.Add($"{item.Name}：报告自评 {stated.Text} 分无法由公开的输入复现（按方案公式为 {N(awarded)} 分）；确认官方评分细则后可在方案中改公式，或以 manual 给出人工得分和理由");
            }

            return line with { Awarded = awarded, Status = ScoreLineStatus.Computed, Explanation = explanation + Suffix(item.Note) };
        }

        private (decimal? Value, string Text) Resolve(FormulaInput input)
        {
            switch (input.Source)
            {
                case FormulaSources.ExecutionRate:
                    return Execution?.ComputedRatePercent is { } rate
                        ? (Round(rate) / 100m, $"{N(rate)}%（{Execution.Executed!.Text} ÷ {Execution.Budget!.Text}）")
                        : (null, "未知（报告没有执行数和预算数）");
                case FormulaSources.Parameter:
                    return input.Value is { } v ? (v, $"{N(v)}（参数{(input.Note is null ? string.Empty : "：" + input.Note)}）") : (null, $"未知（参数未给值{(input.Note is null ? string.Empty : "：" + input.Note)}）");
                default:
                    var category = input.Source switch
                    {
                        FormulaSources.OutputBandScore => IndicatorCategory.Output,
                        FormulaSources.BenefitBandScore => IndicatorCategory.Benefit,
                        _ => IndicatorCategory.Satisfaction,
                    };
                    if (_report.Claims.OfType<CompletionBandClaim>().FirstOrDefault(c => c.Category == category && c.TotalScore is not null) is { } claim)
                    {
                        return (claim.TotalScore!.Value, $"{claim.TotalScore.Text}（报告：完成率在{N(claim.LowerPercent)}–{N(claim.UpperPercent)}%的指标{claim.Count.Text}个，合计得分）");
                    }

                    if (_report.Table is { } table)
                    {
                        var rows = table.Indicators.Where(i => i.Indicator.Category == category).ToArray();
                        var outcomes = rows.Select(r => Score(new IndicatorInput(r.Indicator.Name, r.Indicator.Subcategory, r.Indicator.Target, r.MeasureUnit, r.Indicator.Actual, r.Indicator.MaxScore?.Value ?? 1m), _scheme.Indicators)).ToArray();
                        var weights = rows.Sum(r => r.Indicator.MaxScore?.Value ?? 1m);
                        if (rows.Length > 0 && outcomes.All(o => o.Awarded is not null) && weights > 0)
                        {
                            var score = Round(outcomes.Sum(o => o.Awarded!.Value) / weights * 100m);
                            return (score, $"{N(score)}（由表中 {rows.Length} 个指标按百分制计算）");
                        }
                    }

                    return input.Value is { } fallback ? (fallback, $"{N(fallback)}（参数）") : (null, "未知（报告未公布）");
            }
        }

        private Stated? StatedFor(string name) =>
            _report.Claims.OfType<ScoreClaim>().FirstOrDefault(c => c.Item == name)?.SelfScore;

        private static string Suffix(string? note) => note is null ? string.Empty : "；" + note;

        private static IndicatorCategory? CategoryOf(string? category) => category?.ToUpperInvariant() switch
        {
            "OUTPUT" => IndicatorCategory.Output,
            "BENEFIT" => IndicatorCategory.Benefit,
            "SATISFACTION" => IndicatorCategory.Satisfaction,
            "COST" => IndicatorCategory.Cost,
            _ => null,
        };
    }

    /// <summary>True when a stated number, read at its printed precision, may be the computed value.</summary>
    public static bool Agrees(Stated stated, decimal computed) =>
        Math.Abs(stated.Value - computed) <= Math.Max(stated.Resolution / 2m, 0.005m);

    private static ExecutionFigures? ExecutionOf(Report report)
    {
        if (report.Table is { } table)
        {
            var total = table.Total;
            if (total is null)
            {
                return null;
            }

            decimal? rate = total is { Actual: { } a, Adjusted: { Value: > 0 } b } ? a.Value / b.Value * 100m : null;
            var points = (table.BudgetExecutionWeight ?? total.Weight)?.Value;
            decimal? score = rate is { } r && points is { } p ? Round(p * Math.Min(r / 100m, 1m)) : null;
            return new ExecutionFigures(total.Label, total.Adjusted, total.Actual, rate, total.ExecutionRate, points, score, total.Score, total.Location);
        }

        if (report.Expenditure is { } spending)
        {
            decimal? rate = spending is { Actual: { } a, Adjusted: { Value: > 0 } b } ? a.Value / b.Value * 100m : null;
            return new ExecutionFigures("部门预算执行率", spending.Adjusted, spending.Actual, rate, spending.ExecutionRate, null, null, null, spending.Location);
        }

        return null;
    }
}
