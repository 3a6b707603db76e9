using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using Jixiao.Documents.Neutral;

namespace Jixiao.Documents.Text;

/// <summary>
/// The words of the printed 自评表 forms the text reader uses to rebuild flattened tables: form header fields,
/// the 预算执行情况 / 项目资金 block (its column headers and row labels), the 绩效指标 block (columns, level-1 and level-2
/// labels), the 年度总体目标 block and the 合计/总分 row. Labels are compared by <see cref="Key"/>: traditional
/// characters of this vocabulary simplified, brackets and their content, spaces, stray Latin letters and a trailing
/// colon removed, so that "實施單位 (盖章)", "预算执行情况(10分)" and "年初预算数ab" are recognised.
/// </summary>
internal static partial class FormVocabulary
{
    /// <summary>The kind of content a column of a rebuilt block holds; used to check that a row lines up with its header.</summary>
    public enum ColumnKind
    {
        Text,
        Money,
        Rate,
        Score,
        Level1,
        Level2,
        Name,
        Operator,
        Target,
        Unit,
        Actual,
    }

    /// <summary>Traditional characters of the form vocabulary and their simplified forms (only characters never used in simplified text).</summary>
    private static readonly Dictionary<char, char> Traditional = Pairs(
        "預预執执項项績绩標标數数資资實实際际調调產产産产滿满單单總总額额經经濟济質质時时評评價价結结論论問问題题劃划報报稱称級级負负責责電电話话門门擬拟撥拨轉转專专戶户財财務务況况權权計计據据達达現现蓋盖發发應应補补區区環环設设備备購购買买採采範范圍围營营運运維维護护費费與与對对開开關关為为導导變变審审優优銷销齊齐贊赞礎础後后");

    /// <summary>The traditional characters of <see cref="Traditional"/>, to find text that holds none of them without a lookup per character.</summary>
    private static readonly SearchValues<char> TraditionalChars = SearchValues.Create([.. Traditional.Keys]);

    private static Dictionary<char, char> Pairs(string pairs)
    {
        var map = new Dictionary<char, char>();
        for (var i = 0; i + 1 < pairs.Length; i += 2)
        {
            map[pairs[i]] = pairs[i + 1];
        }

        return map;
    }

    /// <summary>
    /// Cleans one cell or line of published text for the reader: drops the pinyin some mirror sites insert after
    /// characters ("項(xiàng)目") and simplifies the traditional characters of the form vocabulary.
    /// </summary>
    public static string Clean(string text) => Simplify(StripPinyin(text));

    /// <summary>Drops inserted pinyin only (used on running text, which is otherwise left as printed).</summary>
    public static string StripPinyin(string text) =>
        text.Contains('(', StringComparison.Ordinal) ? PinyinPattern().Replace(text, string.Empty) : text;

    /// <summary>Simplifies the traditional characters of the form vocabulary.</summary>
    public static string Simplify(string text)
    {
        var first = Ascii.IsValid(text) ? -1 : text.AsSpan().IndexOfAny(TraditionalChars);
        if (first < 0)
        {
            return text;
        }

        StringBuilder? builder = null;
        for (var i = first; i < text.Length; i++)
        {
            if (Traditional.TryGetValue(text[i], out var simple))
            {
                builder ??= new StringBuilder(text);
                builder[i] = simple;
            }
        }

        return builder?.ToString() ?? text;
    }

    /// <summary>A table cell as the reader keeps it: normalised (<see cref="TextNormalizer"/>) and cleaned.</summary>
    public static string Cell(string raw) => TextNormalizer.NormalizeCell(Clean(raw));

    /// <summary>The comparison key of a label.</summary>
    public static string Key(string cell)
    {
        var text = cell.AsSpan().ContainsAny('（', '(') ? BracketPattern().Replace(cell, string.Empty) : cell;
        if (HasKeyNoise(text))
        {
            text = KeyNoisePattern().Replace(text, string.Empty);
        }

        return text.TrimEnd('：', ':');
    }

    /// <summary>
    /// The characters <see cref="KeyNoisePattern"/> removes: white space (every character <see cref="char.IsWhiteSpace(char)"/>
    /// accepts), ASCII letters, '_' and '|'.
    /// </summary>
    private static readonly SearchValues<char> KeyNoise = SearchValues.Create(
        "\t\n\v\f\r \u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000"
        + "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_|");

    /// <summary>True when <paramref name="text"/> holds a character <see cref="KeyNoisePattern"/> removes (most labels hold none).</summary>
    private static bool HasKeyNoise(string text) => text.AsSpan().ContainsAny(KeyNoise);

    // ---- Form header fields --------------------------------------------------------------------------------------

    private static readonly HashSet<string> HeaderFieldLabels = new(StringComparer.Ordinal)
    {
        "项目名称", "主管部门", "实施单位", "项目单位", "项目负责人", "联系电话", "联系人", "联络电话", "部门名称", "单位名称",
        "预算部门", "部门联系人", "人员编制", "实有人数", "预算编码", "部门预算编码", "自评总分", "填报单位", "财务负责人",
        "项目属性", "项目类型", "主管部门及代码", "实施单位名称", "项目负责人及电话", "部门编码", "单位编码",
    };

    private static readonly HashSet<string> SectionFieldLabels = new(StringComparer.Ordinal)
    {
        "评价结论", "存在问题", "改进措施", "自评结论", "总体评价", "职能职责概述", "存在的问题", "整改措施", "主要问题", "自评意见",
    };

    /// <summary>A label of a label–value row ("项目名称", "主管部门", "评价结论"…).</summary>
    public static bool IsFieldLabel(string cell)
    {
        if (cell.Length > 20)
        {
            return false;
        }

        var key = Key(cell);
        return HeaderFieldLabels.Contains(key) || SectionFieldLabels.Contains(key);
    }

    /// <summary>A field label safe to recognise in running text (not one that is also a section title).</summary>
    public static bool IsHeaderFieldLabel(string cell) => cell.Length <= 20 && HeaderFieldLabels.Contains(Key(cell));

    /// <summary>"项目负责人：张三", "报表编号：…": a label with its value in the same cell.</summary>
    public static bool IsInlineField(string cell) => cell.Length <= 60 && InlineFieldPattern().IsMatch(cell);

    /// <summary>The form's own title ("部门预算项目支出绩效自评表(2023年度)").</summary>
    public static bool IsFormTitle(string cell)
    {
        if (cell.Length > 60)
        {
            return false;
        }

        var key = Key(cell);
        return key.EndsWith("自评表", StringComparison.Ordinal) || key.EndsWith("目标表", StringComparison.Ordinal)
            || key.EndsWith("评价表", StringComparison.Ordinal) || key.EndsWith("监控表", StringComparison.Ordinal)
            || key.EndsWith("评分表", StringComparison.Ordinal);
    }

    // ---- 年度总体目标 ------------------------------------------------------------------------------------------------

    private static readonly HashSet<string> GoalLabels = new(StringComparer.Ordinal)
    {
        "项目基本情况", "年度总体目标", "年度绩效目标", "总体目标", "当年绩效目标", "绩效目标", "年度目标", "部门总体目标",
    };

    private static readonly HashSet<string> GoalHeaders = new(StringComparer.Ordinal)
    {
        "预期目标", "实际完成情况", "项目年度目标", "年度目标完成情况", "年初绩效目标", "全年绩效目标", "全年目标实际完成情况",
        "年度目标", "目标实际完成情况", "实际完成", "完成情况", "目标完成情况", "全年调整绩效目标",
    };

    private static readonly HashSet<string> GoalSubLabels = new(StringComparer.Ordinal)
    {
        "项目年度目标完成情况", "项目实施内容及过程概述",
    };

    public static bool IsGoalLabel(string cell) => cell.Length <= 20 && GoalLabels.Contains(Key(cell));

    public static bool IsGoalHeader(string cell) => cell.Length <= 20 && GoalHeaders.Contains(Key(cell));

    /// <summary>"1.项目年度目标完成情况", "2.项目实施内容及过程概述".</summary>
    public static bool IsGoalSubLabel(string cell) =>
        cell.Length <= 24 && GoalSubLabels.Contains(NumberingPattern().Replace(Key(cell), string.Empty));

    // ---- 预算执行情况 / 项目资金 -------------------------------------------------------------------------------------

    private static readonly string[] BudgetBlockPrefixes =
    [
        "预算执行情况", "项目资金", "资金情况", "部门预算执行情况", "年度预算执行情况", "资金执行情况", "预算资金情况", "部门预算资金",
    ];

    private static readonly Dictionary<string, ColumnKind> BudgetColumns = new(StringComparer.Ordinal)
    {
        ["年初预算"] = ColumnKind.Money, ["年初预算数"] = ColumnKind.Money, ["全年预算数"] = ColumnKind.Money,
        ["调整后预算数"] = ColumnKind.Money, ["调整后预算"] = ColumnKind.Money, ["调整预算数"] = ColumnKind.Money,
        ["预算调整数"] = ColumnKind.Money, ["预算执行数"] = ColumnKind.Money, ["全年执行数"] = ColumnKind.Money,
        ["执行数"] = ColumnKind.Money, ["实际支出"] = ColumnKind.Money, ["实际执行数"] = ColumnKind.Money,
        ["预算数"] = ColumnKind.Money, ["决算数"] = ColumnKind.Money, ["结余数"] = ColumnKind.Money, ["结转结余"] = ColumnKind.Money,
        ["全年调整预算数"] = ColumnKind.Money, ["年度预算"] = ColumnKind.Money,
        ["预算执行率"] = ColumnKind.Rate, ["执行率"] = ColumnKind.Rate, ["资金执行率"] = ColumnKind.Rate,
        ["分值"] = ColumnKind.Score, ["权重"] = ColumnKind.Score, ["得分"] = ColumnKind.Score,
        ["执行率权重"] = ColumnKind.Score, ["执行率得分"] = ColumnKind.Score,
        ["原因"] = ColumnKind.Text, ["偏差原因"] = ColumnKind.Text, ["说明"] = ColumnKind.Text, ["未执行原因"] = ColumnKind.Text,
        ["原因分析"] = ColumnKind.Text, ["偏差原因分析"] = ColumnKind.Text, ["备注"] = ColumnKind.Text,
    };

    private static readonly HashSet<string> BudgetLabelColumnHeaders = new(StringComparer.Ordinal)
    {
        "年度预算数", "资金来源", "资金类型", "资金项目", "项目", "资金性质", "预算资金",
    };

    private static readonly HashSet<string> BudgetRowLabels = new(StringComparer.Ordinal)
    {
        "总额", "年度资金总额", "资金总额", "年度总金额", "合计", "财政资金", "财政拨款", "当年财政拨款", "上年结转资金", "上年结转",
        "其他资金", "财政专户管理资金", "单位资金", "一般公共预算", "政府性基金", "政府性基金预算", "国有资本经营预算", "基本支出",
        "项目支出", "财政拨款资金", "上级补助资金", "本级资金", "自有资金", "社会投入资金",
    };

    public static bool IsBudgetBlockLabel(string cell) => cell.Length <= 24 && StartsWithAny(Key(cell), BudgetBlockPrefixes);

    public static ColumnKind? BudgetColumn(string cell) =>
        cell.Length <= 24 && BudgetColumns.TryGetValue(Key(cell), out var kind) ? kind : null;

    public static bool IsBudgetLabelColumnHeader(string cell) => cell.Length <= 24 && BudgetLabelColumnHeaders.Contains(Key(cell));

    public static bool IsBudgetRowLabel(string cell)
    {
        if (cell.Length is 0 or > 20)
        {
            return false;
        }

        var key = RowPrefixPattern().Replace(Key(cell), string.Empty);
        return BudgetRowLabels.Contains(key);
    }

    // ---- 绩效指标 ---------------------------------------------------------------------------------------------------

    private static readonly string[] IndicatorBlockPrefixes = ["绩效指标", "年度绩效指标", "部门整体绩效指标", "项目绩效指标", "年度指标"];

    private static readonly Dictionary<string, ColumnKind> IndicatorColumns = new(StringComparer.Ordinal)
    {
        ["一级指标"] = ColumnKind.Level1, ["二级指标"] = ColumnKind.Level2,
        ["三级指标"] = ColumnKind.Name, ["指标名称"] = ColumnKind.Name, ["指标内容"] = ColumnKind.Name,
        ["指标性质"] = ColumnKind.Operator, ["指标方向"] = ColumnKind.Operator,
        ["指标值"] = ColumnKind.Target, ["年度指标值"] = ColumnKind.Target, ["年初指标值"] = ColumnKind.Target,
        ["全年指标值"] = ColumnKind.Target, ["调整指标值"] = ColumnKind.Target, ["目标值"] = ColumnKind.Target,
        ["年度目标值"] = ColumnKind.Target, ["预期指标值"] = ColumnKind.Target, ["实施期指标值"] = ColumnKind.Target,
        ["度量单位"] = ColumnKind.Unit, ["计量单位"] = ColumnKind.Unit,
        ["完成值"] = ColumnKind.Actual, ["实际完成值"] = ColumnKind.Actual, ["全年完成值"] = ColumnKind.Actual,
        ["全年实际值"] = ColumnKind.Actual, ["实际值"] = ColumnKind.Actual, ["实际完成指标值"] = ColumnKind.Actual,
        ["分值"] = ColumnKind.Score, ["权重"] = ColumnKind.Score, ["指标权重"] = ColumnKind.Score, ["得分"] = ColumnKind.Score,
        ["指标得分"] = ColumnKind.Score, ["完成率"] = ColumnKind.Score, ["得分系数"] = ColumnKind.Score,
        ["偏差原因分析及改进措施"] = ColumnKind.Text, ["未完成原因分析"] = ColumnKind.Text, ["未完成原因"] = ColumnKind.Text,
        ["偏差原因分析"] = ColumnKind.Text, ["偏差原因"] = ColumnKind.Text, ["原因分析"] = ColumnKind.Text, ["说明"] = ColumnKind.Text,
        ["备注"] = ColumnKind.Text, ["评分标准"] = ColumnKind.Text, ["是否核心指标"] = ColumnKind.Text, ["改进措施"] = ColumnKind.Text,
    };

    private static readonly HashSet<string> Level1Labels = new(StringComparer.Ordinal)
    {
        "产出指标", "效益指标", "满意度指标", "成本指标", "投入指标", "过程指标", "效果指标", "决策指标", "管理指标", "履职效能",
        "产出", "效益", "满意度", "成本", "投入", "过程", "效果", "决策",
    };

    private static readonly string[] Level2Stems = ["数量", "质量", "时效", "成本", "效益", "满意度", "影响", "预算", "资金", "资产", "管理"];

    public static bool IsIndicatorBlockLabel(string cell)
    {
        if (cell.Length > 24)
        {
            return false;
        }

        var key = Key(cell);
        return (key == "指标" || StartsWithAny(key, IndicatorBlockPrefixes)) && IndicatorColumn(cell) is null;
    }

    public static ColumnKind? IndicatorColumn(string cell) =>
        cell.Length <= 24 && IndicatorColumns.TryGetValue(Key(cell), out var kind) ? kind : null;

    public static bool IsLevel1(string cell) => cell.Length <= 12 && Level1Labels.Contains(Key(cell));

    public static bool IsLevel2(string cell)
    {
        if (cell.Length > 16)
        {
            return false;
        }

        var key = Key(cell);
        return key.EndsWith("指标", StringComparison.Ordinal) && key.Length > 2
            && Level2Stems.Any(s => key.Contains(s, StringComparison.Ordinal)) && !IsLevel1OnlyLabel(key);
    }

    private static bool IsLevel1OnlyLabel(string key) => key is "产出指标" or "效益指标";

    /// <summary>"合计", "总分", "合计得分": the closing row of an indicator block.</summary>
    public static bool IsTotalLabel(string cell) => cell.Length <= 10 && Key(cell) is "合计" or "总分" or "总计" or "合计得分" or "自评总分" or "总得分";

    private static bool StartsWithAny(string key, string[] prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // ---- Cell contents ----------------------------------------------------------------------------------------------

    /// <summary>True when <paramref name="cell"/> fits a column of <paramref name="kind"/> (empty cells fit every column).</summary>
    public static bool Fits(string cell, ColumnKind kind)
    {
        if (cell.Length == 0)
        {
            return true;
        }

        return kind switch
        {
            ColumnKind.Money => Placeholder(cell) || MoneyPattern().IsMatch(cell),
            ColumnKind.Rate or ColumnKind.Score => Placeholder(cell) || ScorePattern().IsMatch(cell),
            ColumnKind.Operator => cell.Length <= 4 && OperatorPattern().IsMatch(cell),
            ColumnKind.Unit => cell.Length <= 8 && !IsFigure(cell),
            ColumnKind.Name => !IsFigure(cell) && !Placeholder(cell),
            ColumnKind.Level1 => IsLevel1(cell) || IsLevel2(cell),
            ColumnKind.Level2 => cell.Length <= 16 && !IsFigure(cell),
            _ => true,
        };
    }

    /// <summary>"/", "-", "—", "无": printed in a cell that does not apply.</summary>
    public static bool Placeholder(string cell) => cell is "/" or "-" or "—" or "－" or "--" or "——" or "\\" or "无" or "不适用";

    public static bool IsFigure(string cell) => ScorePattern().IsMatch(cell) || MoneyPattern().IsMatch(cell);

    [GeneratedRegex(@"\((?:[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*)\)")]
    private static partial Regex PinyinPattern();

    [GeneratedRegex(@"[（(][^（）()]*[）)]")]
    private static partial Regex BracketPattern();

    [GeneratedRegex(@"[\sA-Za-z_|]+")]
    private static partial Regex KeyNoisePattern();

    [GeneratedRegex(@"^(?:其中|含)[：:]?")]
    private static partial Regex RowPrefixPattern();

    [GeneratedRegex(@"^\d{1,2}[.、．]")]
    private static partial Regex NumberingPattern();

    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}（）()]{2,10}[：:]")]
    private static partial Regex InlineFieldPattern();

    [GeneratedRegex(@"^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:万元|元)?$")]
    private static partial Regex MoneyPattern();

    [GeneratedRegex(@"^[-+]?\d+(?:\.\d+)?\s*(?:%|分)?$")]
    private static partial Regex ScorePattern();

    [GeneratedRegex(@"^(?:=|==|≥|≤|>|<|≧|≦|＞|＜|>=|<=|≥=|≠|定性|定量|定性指标|定量指标|正向|反向|等于|大于|小于|不低于|不高于|不少于|不超过|不大于|不小于)$")]
    private static partial Regex OperatorPattern();
}
