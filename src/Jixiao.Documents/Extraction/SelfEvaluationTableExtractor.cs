using System.Text.RegularExpressions;
using Jixiao.Documents.Neutral;
using Jixiao.Domain.Numbers;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Reports;
using Jixiao.Domain.Targets;

namespace Jixiao.Documents.Extraction;

/// <summary>
/// Reads a self-evaluation table (绩效自评表) — the MoF/Anhui/Ningxia 项目支出绩效自评表, Sichuan's 部门预算项目支出绩效自评表
/// (预算执行情况(10分) / 绩效指标(90分), 指标性质 / 指标值 / 度量单位 / 完成值 / 权重 / 得分) and the Hunan/Yunnan/Chongqing
/// 部门整体支出绩效自评表 — from table rows, whether tab-separated, piped or rebuilt from one-cell-per-line text.
/// Columns are found by their header words, not by position; merged cells may be empty or missing.
/// </summary>
public static partial class SelfEvaluationTableExtractor
{
    /// <summary>The table name findings and cell addresses use.</summary>
    public const string TableName = "自评表";

    /// <summary>True when a table has the funding header (年初预算 … 执行数/执行率) or the indicator header of a 自评表.</summary>
    public static bool IsSelfEvaluationTable(TableBlock table) =>
        table.Rows.Any(r => IsFundingHeader(r.Cells) || (IsIndicatorHeader(r.Cells) && r.Cells.Any(c => IsScoreHeader(c) || c.Contains("完成值", StringComparison.Ordinal))))
        || table.Rows.Any(r => r.Cells.Any(IsFormTitle));

    /// <summary>A cell that is the form's own title ("部门预算项目支出绩效自评表(2023年度)").</summary>
    public static bool IsFormTitle(string cell) =>
        cell.Length <= 60 && cell.Contains("自评表", StringComparison.Ordinal)
        && Vocabulary.GenreOf(cell) is ReportGenre.ProjectSelfEvaluationTable or ReportGenre.DepartmentSelfEvaluationTable;

    /// <summary>
    /// Reads the first complete form in <paramref name="tables"/> (rows before the first form title, e.g. the end of a
    /// previous form on the same page, are skipped). Reading problems go to <paramref name="problems"/>.
    /// </summary>
    public static SelfEvaluationTable Extract(IReadOnlyList<(TableBlock Table, string Section)> tables, List<ReadingProblem> problems)
    {
        var rows = tables.SelectMany(t => t.Table.Rows.Select(r => new Row(r, t.Table, t.Section))).ToList();
        var titleRows = rows.Select((row, index) => (row, index)).Where(x => x.row.Cells.Any(IsFormTitle)).Select(x => x.index).ToArray();
        if (titleRows.Length > 0)
        {
            var end = titleRows.Length > 1 ? titleRows[1] : rows.Count;
            rows = rows.GetRange(titleRows[0], end - titleRows[0]);
        }

        var reader = new FormReader(rows, problems);
        return reader.Read();
    }

    private sealed record Row(TableRow Source, TableBlock Table, string Section)
    {
        public IReadOnlyList<string> Cells => Source.Cells;
    }

    private enum FundingColumn
    {
        Initial,
        Adjusted,
        Actual,
        Weight,
        Rate,
        Score,
        Reason,
    }

    private enum IndicatorColumn
    {
        Level1,
        Level2,
        Level3,
        Nature,
        Target,
        CycleTarget,
        Unit,
        Actual,
        Weight,
        Score,
        Reason,
    }

    private sealed class FormReader(List<Row> rows, List<ReadingProblem> problems)
    {
        private readonly List<FundingRow> _funding = [];
        private readonly List<TableIndicator> _indicators = [];
        private List<FundingColumn?>? _fundingColumns;
        private Dictionary<IndicatorColumn, int>? _indicatorColumns;
        private List<string>? _indicatorHeader;
        private string _moneyUnit = MoneyUnits.TenThousandYuan;
        private string? _level1;
        private string? _level2;
        private int _unreadIndicators;
        private Stated? _executionWeight;
        private Stated? _blockWeight;
        private Stated? _totalWeight;
        private Stated? _totalScore;
        private Stated? _scoreField;
        private State _state = State.Header;

        private enum State
        {
            Header,
            Funding,
            Indicators,
            After,
        }

        public SelfEvaluationTable Read()
        {
            var fields = ReadLabelledFields();
            for (var r = 0; r < rows.Count; r++)
            {
                ReadRow(r);
            }

            var first = rows.Count > 0 ? rows[0] : null;
            return new SelfEvaluationTable
            {
                Title = rows.SelectMany(r => r.Cells).FirstOrDefault(IsFormTitle),
                ProjectName = fields.GetValueOrDefault(Field.Project),
                DepartmentName = fields.GetValueOrDefault(Field.Department),
                SupervisingDepartment = fields.GetValueOrDefault(Field.Supervising),
                ImplementingUnit = fields.GetValueOrDefault(Field.Implementing),
                Region = fields.GetValueOrDefault(Field.Region),
                MoneyUnit = _moneyUnit,
                Funding = WithColumnPrecision(_funding),
                ExpectedGoal = fields.GetValueOrDefault(Field.ExpectedGoal),
                GoalOutcome = fields.GetValueOrDefault(Field.GoalOutcome),
                BudgetExecutionWeight = _executionWeight,
                IndicatorBlockWeight = _blockWeight,
                Indicators = _indicators,
                UnreadIndicatorRows = _unreadIndicators,
                TotalWeight = _totalWeight,
                TotalScore = _totalScore ?? _scoreField,
                Grade = fields.GetValueOrDefault(Field.Grade),
                Conclusion = fields.GetValueOrDefault(Field.Conclusion),
                Problems = fields.GetValueOrDefault(Field.Problems),
                Measures = fields.GetValueOrDefault(Field.Measures),
                Location = first is null
                    ? new SourceLocation(Table: TableName)
                    : new SourceLocation(first.Section, TableName, Line: first.Table.Line, Page: first.Table.Page),
            };
        }

        private SourceLocation At(int r, int column, string? rowLabel, string? columnLabel)
        {
            var row = rows[r];
            return new SourceLocation(row.Section, TableName, rowLabel, columnLabel, CellAddress.Of(TableName, column, r), row.Source.Line,
                row.Source.Page ?? row.Table.Page);
        }

        private void ReadRow(int r)
        {
            var cells = rows[r].Cells;
            ReadBlockWeights(r, cells);
            if (IsFundingHeader(cells))
            {
                _fundingColumns = cells.Select(FundingColumnOf).Where(c => c is not null).ToList();
                _moneyUnit = cells.Any(c => UnitInHeader(c) == MoneyUnits.Yuan) ? MoneyUnits.Yuan : MoneyUnits.TenThousandYuan;
                _state = State.Funding;
                return;
            }

            if (IsIndicatorHeader(cells))
            {
                _indicatorHeader = [.. cells];
                _indicatorColumns = [];
                for (var c = 0; c < cells.Count; c++)
                {
                    if (IndicatorColumnOf(cells[c]) is { } column && !_indicatorColumns.ContainsKey(column))
                    {
                        _indicatorColumns[column] = c;
                    }
                }

                _level1 = null;
                _level2 = null;
                _state = State.Indicators;
                return;
            }

            switch (_state)
            {
                case State.Funding:
                    ReadFundingRow(r, cells);
                    break;
                case State.Indicators:
                    ReadIndicatorRow(r, cells);
                    break;
            }
        }

        private void ReadBlockWeights(int r, IReadOnlyList<string> cells)
        {
            for (var c = 0; c < cells.Count; c++)
            {
                var match = BlockWeightPattern().Match(Compact(cells[c]));
                if (!match.Success)
                {
                    continue;
                }

                var weight = NumberReader.Score(match.Groups["points"].Value, At(r, c, match.Groups["block"].Value, "分值"));
                if (match.Groups["block"].Value.StartsWith("预算执行", StringComparison.Ordinal))
                {
                    _executionWeight ??= weight;
                }
                else
                {
                    _blockWeight ??= weight;
                }
            }
        }

        private void ReadFundingRow(int r, IReadOnlyList<string> cells)
        {
            var labelIndex = -1;
            FundingSource? source = null;
            for (var c = 0; c < cells.Count && source is null; c++)
            {
                if (NumberReader.IsNumeric(cells[c]))
                {
                    break;
                }

                source = FundingSourceOf(cells[c]);
                labelIndex = c;
            }

            if (source is null)
            {
                var first = cells.FirstOrDefault(c => c.Length > 0);
                if (first is not null && !BlockLabelPattern().IsMatch(Compact(first)) && !first.Contains("预算执行率=", StringComparison.Ordinal))
                {
                    _state = State.After;
                }

                return;
            }

            var label = cells[labelIndex];
            var values = new Dictionary<FundingColumn, (string Text, int Column)>();
            var columns = _fundingColumns!;
            for (var k = 0; k < columns.Count && labelIndex + 1 + k < cells.Count; k++)
            {
                if (columns[k] is { } column)
                {
                    values[column] = (cells[labelIndex + 1 + k], labelIndex + 1 + k);
                }
            }

            Stated? Number(FundingColumn column, Func<string, SourceLocation, Stated?> read)
            {
                if (!values.TryGetValue(column, out var cell) || NumberReader.IsBlank(cell.Text))
                {
                    return null;
                }

                var location = At(r, cell.Column, label, FundingColumnName(column));
                var stated = read(cell.Text, location);
                if (stated is null)
                {
                    problems.Add(new ReadingProblem(ReadingCodes.NotANumber,
                        $"{TableName}“{label}”的{FundingColumnName(column)}“{cell.Text}”不是数字", location));
                }

                return stated;
            }

            var reason = values.TryGetValue(FundingColumn.Reason, out var reasonCell) && reasonCell.Text.Length > 0 && !NumberReader.IsBlank(reasonCell.Text)
                && !IsTemplateText(reasonCell.Text) ? reasonCell.Text : null;
            _funding.Add(new FundingRow(label, source.Value,
                Number(FundingColumn.Initial, (t, l) => NumberReader.Money(t, _moneyUnit, l)),
                Number(FundingColumn.Adjusted, (t, l) => NumberReader.Money(t, _moneyUnit, l)),
                Number(FundingColumn.Actual, (t, l) => NumberReader.Money(t, _moneyUnit, l)),
                Number(FundingColumn.Weight, NumberReader.Score),
                Number(FundingColumn.Rate, ReadRate),
                Number(FundingColumn.Score, NumberReader.Score),
                reason,
                At(r, labelIndex, label, null)));
        }

        private void ReadIndicatorRow(int r, IReadOnlyList<string> cells)
        {
            var firstIndex = -1;
            for (var c = 0; c < cells.Count; c++)
            {
                // A merged 绩效指标(90分) block label printed on the first indicator row is not part of the row.
                if (cells[c].Length > 0 && !BlockWeightPattern().IsMatch(Compact(cells[c])))
                {
                    firstIndex = c;
                    break;
                }
            }

            if (firstIndex < 0)
            {
                return;
            }

            var first = Compact(cells[firstIndex]);
            if (TotalRowPattern().IsMatch(first))
            {
                ReadTotalRow(r, cells, firstIndex);
                return;
            }

            if (EndOfIndicatorsPattern().IsMatch(first))
            {
                _state = State.After;
                return;
            }

            var columns = _indicatorColumns!;
            var headerCount = _indicatorHeader!.FindLastIndex(h => h.Length > 0) + 1;
            int offset;
            var categoryAt = FindIndex(cells, IsCategoryLabel);
            var subcategoryAt = FindIndex(cells, IsSubcategoryLabel);
            if (categoryAt >= 0 && columns.TryGetValue(IndicatorColumn.Level1, out var level1Column))
            {
                offset = level1Column - categoryAt;
            }
            else if (subcategoryAt >= 0 && subcategoryAt <= 2 && columns.TryGetValue(IndicatorColumn.Level2, out var level2Column))
            {
                offset = level2Column - subcategoryAt;
            }
            else if (cells.Count >= headerCount)
            {
                offset = 0;
            }
            else if (columns.TryGetValue(IndicatorColumn.Level3, out var level3Column))
            {
                offset = level3Column - firstIndex;
            }
            else
            {
                offset = 0;
            }

            int? IndexOf(IndicatorColumn column) =>
                columns.TryGetValue(column, out var h) && h - offset >= 0 && h - offset < cells.Count ? h - offset : null;

            string? Text(IndicatorColumn column) =>
                IndexOf(column) is { } i && cells[i].Length > 0 && !NumberReader.IsBlank(cells[i]) ? cells[i] : null;

            if (Text(IndicatorColumn.Level1) is { } l1)
            {
                _level1 = l1;
                _level2 = null;
            }

            if (Text(IndicatorColumn.Level2) is { } l2)
            {
                _level2 = l2;
            }

            var name = Text(IndicatorColumn.Level3);
            if (name is null)
            {
                return;
            }

            var category = _level1 is null ? null : Vocabulary.CategoryOf(_level1);
            if (category is null)
            {
                _unreadIndicators++;
                problems.Add(new ReadingProblem(ReadingCodes.PartMissing,
                    $"{TableName}指标“{name}”的一级指标“{_level1 ?? string.Empty}”不是产出、效益、满意度或成本指标，该行未读取",
                    At(r, IndexOf(IndicatorColumn.Level3) ?? 0, name, "三级指标")));
                return;
            }

            Stated? Number(IndicatorColumn column, string columnName)
            {
                if (IndexOf(column) is not { } i || NumberReader.IsBlank(cells[i]))
                {
                    return null;
                }

                var location = At(r, i, name, columnName);
                var stated = NumberReader.Score(cells[i].TrimEnd('分'), location);
                if (stated is null)
                {
                    problems.Add(new ReadingProblem(ReadingCodes.NotANumber, $"{TableName}指标“{name}”的{columnName}“{cells[i]}”不是数字", location));
                }

                return stated;
            }

            var nature = Text(IndicatorColumn.Nature);
            var targetText = Text(IndicatorColumn.Target);
            var unit = Text(IndicatorColumn.Unit);
            var annual = JoinTarget(nature, targetText, unit);
            var weightName = HeaderName(IndicatorColumn.Weight) ?? "分值";
            var indicator = new Indicator(category.Value, _level2 is null ? null : Vocabulary.SubcategoryOf(_level2), _level1!, _level2, name,
                Text(IndicatorColumn.CycleTarget), annual, TargetParser.Parse(annual, name), Text(IndicatorColumn.Actual),
                Number(IndicatorColumn.Weight, weightName), Number(IndicatorColumn.Score, "得分"),
                At(r, IndexOf(IndicatorColumn.Level3) ?? 0, name, "三级指标"));
            _indicators.Add(new TableIndicator(indicator, nature, targetText, unit, Text(IndicatorColumn.Reason)));
        }

        private string? HeaderName(IndicatorColumn column) =>
            _indicatorColumns!.TryGetValue(column, out var i) ? Compact(_indicatorHeader![i]) : null;

        private void ReadTotalRow(int r, IReadOnlyList<string> cells, int labelIndex)
        {
            var label = Compact(cells[labelIndex]);
            var columns = _indicatorColumns!;
            Stated? Read(int column, string columnName) =>
                column < cells.Count && !NumberReader.IsBlank(cells[column]) ? NumberReader.Score(cells[column].TrimEnd('分'), At(r, column, label, columnName)) : null;

            var headerCount = _indicatorHeader!.FindLastIndex(h => h.Length > 0) + 1;
            Stated? weight = null;
            Stated? score = null;
            if (cells.Count >= headerCount && columns.TryGetValue(IndicatorColumn.Weight, out var w) && columns.TryGetValue(IndicatorColumn.Score, out var s))
            {
                weight = Read(w, HeaderName(IndicatorColumn.Weight)!);
                score = Read(s, "得分");
            }
            else
            {
                // Rows rebuilt from one-cell-per-line text lose the merged cells before 分值: the 合计 row then reads
                // label, 分值 (权重), 得分 in order.
                weight = Read(labelIndex + 1, HeaderName(IndicatorColumn.Weight) ?? "分值");
                score = Read(labelIndex + 2, "得分");
            }

            _totalWeight ??= weight;
            _totalScore ??= score;
            _state = State.After;
        }

        private Dictionary<Field, string> ReadLabelledFields()
        {
            var stream = new List<(string Text, int Row, int Column)>();
            for (var r = 0; r < rows.Count; r++)
            {
                for (var c = 0; c < rows[r].Cells.Count; c++)
                {
                    if (rows[r].Cells[c].Length > 0)
                    {
                        stream.Add((rows[r].Cells[c], r, c));
                    }
                }
            }

            var fields = new Dictionary<Field, string>();
            for (var i = 0; i < stream.Count; i++)
            {
                if (FieldOf(stream[i].Text) is not { } field || fields.ContainsKey(field))
                {
                    continue;
                }

                if (field == Field.ExpectedGoal && i + 1 < stream.Count && FieldOf(stream[i + 1].Text) == Field.GoalOutcome)
                {
                    // "项目年度目标 | 年度目标完成情况" header pair: the next two cells are the goal and its outcome.
                    Set(fields, Field.ExpectedGoal, ValueAt(stream, i + 2));
                    Set(fields, Field.GoalOutcome, ValueAt(stream, i + 3));
                    i++;
                    continue;
                }

                if (field == Field.Score)
                {
                    if (ValueAt(stream, i + 1) is { } scoreText && stream[i + 1] is var cell)
                    {
                        _scoreField = NumberReader.Score(scoreText.TrimEnd('分'), At(cell.Row, cell.Column, Compact(stream[i].Text), "自评总分"));
                    }

                    continue;
                }

                Set(fields, field, ValueAt(stream, i + 1));
            }

            return fields;
        }

        private static void Set(Dictionary<Field, string> fields, Field field, string? value)
        {
            if (value is not null)
            {
                fields.TryAdd(field, value);
            }
        }

        private static string? ValueAt(List<(string Text, int Row, int Column)> stream, int index)
        {
            if (index >= stream.Count)
            {
                return null;
            }

            var text = stream[index].Text.Trim();
            return FieldOf(text) is not null || IsStructuralLabel(text) || IsTemplateText(text) || NumberReader.IsBlank(text) ? null : text;
        }
    }

    private enum Field
    {
        Project,
        Department,
        Supervising,
        Implementing,
        Region,
        Grade,
        Score,
        Conclusion,
        Problems,
        Measures,
        ExpectedGoal,
        GoalOutcome,
    }

    private static Field? FieldOf(string cell)
    {
        var label = SealPattern().Replace(Compact(cell), string.Empty).TrimEnd(':', '：');
        return label switch
        {
            "项目名称" => Field.Project,
            "部门名称" or "单位名称" or "部门(单位)名称" or "预算单位" or "预算部门" => Field.Department,
            "主管部门" or "主管部门名称" or "主管单位" => Field.Supervising,
            "实施单位" or "项目实施单位" => Field.Implementing,
            "地区" or "所属地区" or "区划" => Field.Region,
            "等级" or "评价等级" or "自评等级" => Field.Grade,
            "自评总分" or "自评总分(分)" or "自评得分" or "总得分" => Field.Score,
            "评价结论" or "自评结论" => Field.Conclusion,
            "存在问题" or "存在的问题" or "存在的主要问题" => Field.Problems,
            "改进措施" or "改进意见" or "下一步改进措施" => Field.Measures,
            "项目年度目标" or "预期目标" or "年度总体目标" or "年度绩效目标" or "年初设定目标" or "部门总体目标" => Field.ExpectedGoal,
            "年度目标完成情况" or "实际完成情况" or "全年实际完成情况" or "目标实际完成情况" or "总体目标完成情况" => Field.GoalOutcome,
            _ => null,
        };
    }

    private static bool IsStructuralLabel(string text)
    {
        var compact = Compact(text);
        return BlockLabelPattern().IsMatch(compact) || BlockWeightPattern().IsMatch(compact) || compact.EndsWith("指标", StringComparison.Ordinal)
            || compact.StartsWith("项目负责人", StringComparison.Ordinal) || compact.StartsWith("财务负责人", StringComparison.Ordinal)
            || compact is "项目基本情况" or "年度目标" || IsFormTitle(compact) || FundingSourceOf(compact) is not null;
    }

    /// <summary>A template's fill-in instruction ("对照年度目标,说明…(100字以内)") rather than content.</summary>
    private static bool IsTemplateText(string text) => text.Contains("字以内", StringComparison.Ordinal);

    private static bool IsFundingHeader(IReadOnlyList<string> cells) =>
        cells.Any(c => Compact(c).Contains("年初预算", StringComparison.Ordinal))
        && cells.Any(c => Compact(c) is var h && (h.Contains("执行数", StringComparison.Ordinal) || h.Contains("执行率", StringComparison.Ordinal)))
        && !cells.Any(NumberReader.IsNumeric);

    private static bool IsIndicatorHeader(IReadOnlyList<string> cells) =>
        cells.Any(c => Compact(c) == "一级指标") && cells.Any(c => Compact(c) is "三级指标" or "二级指标" or "指标名称");

    private static bool IsScoreHeader(string cell) => Compact(cell) is var h && (h.Contains("得分", StringComparison.Ordinal) || h is "权重" or "分值");

    private static FundingColumn? FundingColumnOf(string header)
    {
        var h = Compact(header);
        return h switch
        {
            _ when h.Contains("权重", StringComparison.Ordinal) || h.Contains("分值", StringComparison.Ordinal) => FundingColumn.Weight,
            _ when h.Contains("得分", StringComparison.Ordinal) => FundingColumn.Score,
            _ when h.Contains("执行率", StringComparison.Ordinal) => FundingColumn.Rate,
            _ when h.Contains("执行数", StringComparison.Ordinal) => FundingColumn.Actual,
            _ when h.Contains("年初", StringComparison.Ordinal) => FundingColumn.Initial,
            _ when h.Contains("全年预算", StringComparison.Ordinal) || h.Contains("调整后预算", StringComparison.Ordinal)
                || h.Contains("全年(调整)预算", StringComparison.Ordinal) || h.Contains("调整预算", StringComparison.Ordinal) => FundingColumn.Adjusted,
            _ when h.Contains("原因", StringComparison.Ordinal) || h == "说明" => FundingColumn.Reason,
            _ => null,
        };
    }

    private static string FundingColumnName(FundingColumn column) => column switch
    {
        FundingColumn.Initial => "年初预算数",
        FundingColumn.Adjusted => "全年预算数",
        FundingColumn.Actual => "全年执行数",
        FundingColumn.Weight => "分值",
        FundingColumn.Rate => "执行率",
        FundingColumn.Score => "得分",
        _ => "原因",
    };

    private static string? UnitInHeader(string header)
    {
        var h = Compact(header);
        return h.Contains("(万元)", StringComparison.Ordinal) ? MoneyUnits.TenThousandYuan : h.Contains("(元)", StringComparison.Ordinal) ? MoneyUnits.Yuan : null;
    }

    private static IndicatorColumn? IndicatorColumnOf(string header)
    {
        var h = Compact(header);
        return h switch
        {
            "一级指标" => IndicatorColumn.Level1,
            "二级指标" => IndicatorColumn.Level2,
            "三级指标" or "指标名称" => IndicatorColumn.Level3,
            "指标性质" => IndicatorColumn.Nature,
            "实施周期指标值" => IndicatorColumn.CycleTarget,
            _ when h.Contains("单位", StringComparison.Ordinal) => IndicatorColumn.Unit,
            _ when h.Contains("原因", StringComparison.Ordinal) || h.Contains("改进措施", StringComparison.Ordinal) => IndicatorColumn.Reason,
            _ when h.Contains("完成值", StringComparison.Ordinal) || h.Contains("实际值", StringComparison.Ordinal) || h.Contains("完成情况", StringComparison.Ordinal) => IndicatorColumn.Actual,
            _ when h.Contains("指标值", StringComparison.Ordinal) || h.Contains("目标值", StringComparison.Ordinal) => IndicatorColumn.Target,
            _ when h.Contains("系数", StringComparison.Ordinal) => null,
            _ when h.Contains("得分", StringComparison.Ordinal) => IndicatorColumn.Score,
            _ when h.Contains("权重", StringComparison.Ordinal) || h.Contains("分值", StringComparison.Ordinal) => IndicatorColumn.Weight,
            _ => null,
        };
    }

    /// <summary>The funding row a label names, or null when it is not a funding row.</summary>
    public static FundingSource? FundingSourceOf(string cell)
    {
        var label = Compact(cell);
        label = label.StartsWith("其中", StringComparison.Ordinal) ? label[2..].TrimStart(':', '：') : label;
        return label switch
        {
            "年度资金总额" or "总额" or "资金总额" or "年度总金额" or "年度资金总额:" or "合计" => FundingSource.Total,
            _ when label.StartsWith("当年财政", StringComparison.Ordinal) || label.Contains("财政拨款", StringComparison.Ordinal) || label == "财政资金" => FundingSource.FiscalAppropriation,
            _ when label.Contains("上年结转", StringComparison.Ordinal) => FundingSource.CarriedForward,
            _ when label.Contains("财政专户", StringComparison.Ordinal) => FundingSource.SpecialAccount,
            _ when label.StartsWith("单位资金", StringComparison.Ordinal) || label.Contains("单位自有", StringComparison.Ordinal) => FundingSource.UnitFunds,
            _ when label.StartsWith("其他资金", StringComparison.Ordinal) => FundingSource.Other,
            _ => null,
        };
    }

    private static bool IsCategoryLabel(string cell)
    {
        var label = Compact(cell);
        return Vocabulary.CategoryOf(label) is not null && (label.EndsWith("指标", StringComparison.Ordinal) || label.Length <= 3);
    }

    private static bool IsSubcategoryLabel(string cell)
    {
        var label = Compact(cell);
        return Vocabulary.SubcategoryOf(label) is not null && label.EndsWith("指标", StringComparison.Ordinal) && label.Length <= 12;
    }

    private static int FindIndex(IReadOnlyList<string> cells, Func<string, bool> predicate)
    {
        for (var c = 0; c < cells.Count; c++)
        {
            if (predicate(cells[c]))
            {
                return c;
            }
        }

        return -1;
    }

    /// <summary>指标性质 + 指标值 + 度量单位 as one target text ("=", "100", "%" → "=100%").</summary>
    private static string? JoinTarget(string? nature, string? target, string? unit)
    {
        if (target is null)
        {
            return null;
        }

        var op = nature is not null && OperatorPattern().IsMatch(nature.Trim()) ? nature.Trim() : string.Empty;
        var suffix = unit is not null && !target.EndsWith(unit, StringComparison.Ordinal) && NumberReader.IsNumeric(target) ? unit.Trim() : string.Empty;
        return op + target + suffix;
    }

    private static Stated? ReadRate(string text, SourceLocation location)
    {
        var trimmed = text.Trim();
        if (trimmed.EndsWith('%'))
        {
            return NumberReader.Percent(trimmed, location);
        }

        // A column headed 执行率(%) prints bare numbers.
        return NumberReader.TryParse(trimmed, out var value, out var decimals) ? Stated.Percent(trimmed, value, decimals, location) : null;
    }

    private static FundingRow[] WithColumnPrecision(List<FundingRow> funding)
    {
        var initial = ColumnPrecision.Of(funding.Select(f => f.Initial));
        var adjusted = ColumnPrecision.Of(funding.Select(f => f.Adjusted));
        var actual = ColumnPrecision.Of(funding.Select(f => f.Actual));
        return funding.Select(f => f with
        {
            Initial = ColumnPrecision.Apply(f.Initial, initial),
            Adjusted = ColumnPrecision.Apply(f.Adjusted, adjusted),
            Actual = ColumnPrecision.Apply(f.Actual, actual),
        }).ToArray();
    }

    /// <summary>Removes spaces and folds full-width brackets and colons, so "实施单位 （盖章）" reads as "实施单位(盖章)".</summary>
    private static string Compact(string text) =>
        text.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\u3000", string.Empty, StringComparison.Ordinal)
            .Replace('（', '(').Replace('）', ')').Replace('：', ':').Trim();

    [GeneratedRegex(@"^(?<block>预算执行情况|预算执行率|绩效指标)\((?<points>\d+(?:\.\d+)?)分\)$")]
    private static partial Regex BlockWeightPattern();

    [GeneratedRegex(@"^(?:项目资金|资金情况|预算执行情况|年度预算数|年度资金|部门预算执行情况|资金\(万元\)|资金\(元\))")]
    private static partial Regex BlockLabelPattern();

    [GeneratedRegex(@"^(?:合计|总分|总计|合\s*计|总\s*分)(?:\(分\))?$")]
    private static partial Regex TotalRowPattern();

    [GeneratedRegex(@"^(?:评价结论|自评结论|存在问题|存在的问题|改进措施|项目负责人|财务负责人|填表人|联系人|评价等级|等级)")]
    private static partial Regex EndOfIndicatorsPattern();

    [GeneratedRegex(@"\((?:盖章|公章)\)")]
    private static partial Regex SealPattern();

    [GeneratedRegex(@"^(?:=|＝|≥|≧|>=|＞=|≤|≦|<=|＜=|>|＞|<|＜)$")]
    private static partial Regex OperatorPattern();
}
