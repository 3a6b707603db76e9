using System.Text.Json.Serialization;
using Jixiao.Domain.Numbers;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Reports;

namespace Jixiao.Domain.Scoring;

/// <summary>
/// A score sheet (评分表): per item the points available, inputs, formula, points awarded and a one-line Chinese
/// explanation; totals and grade; the stated score beside the recomputed one; what could not be computed and why.
/// </summary>
public sealed record ScoreSheet
{
    public string Scheme { get; init; } = string.Empty;

    public string SchemeTitle { get; init; } = string.Empty;

    public string SchemeVersion { get; init; } = string.Empty;

    public IReadOnlyList<string> Basis { get; init; } = [];

    public IReadOnlyList<string> Overlays { get; init; } = [];

    public string? File { get; init; }

    /// <summary>Project name or department.</summary>
    public string? Subject { get; init; }

    public IReadOnlyList<ScoreLine> Lines { get; init; } = [];

    /// <summary>Points available on the sheet (items whose points are known).</summary>
    public decimal? Available { get; init; }

    /// <summary>Sum of the points awarded, before rescaling and caps.</summary>
    public decimal? Awarded { get; init; }

    /// <summary>Points of not-applicable indicators, dropped before rescaling.</summary>
    public decimal Excluded { get; init; }

    /// <summary>The recomputed total (rescaled, capped); null when some scored item could not be computed.</summary>
    public decimal? Total { get; init; }

    /// <summary>How the total was formed, one Chinese line.</summary>
    public string TotalExplanation { get; init; } = string.Empty;

    /// <summary>The grade of the recomputed total.</summary>
    public string? Grade { get; init; }

    /// <summary>The total the report states (总分).</summary>
    public Stated? StatedTotal { get; init; }

    /// <summary>The grade the report states (等级).</summary>
    public string? StatedGrade { get; init; }

    /// <summary>The grade the scheme gives the stated total.</summary>
    public string? GradeOfStatedTotal { get; init; }

    public ExecutionFigures? Execution { get; init; }

    /// <summary>What could not be computed, and other notes of the scheme.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}

/// <summary>How a line was scored.</summary>
public enum ScoreLineStatus
{
    Computed,
    Manual,
    NotApplicable,
    NotComputable,
    Information,
}

/// <summary>One line of the sheet: an item of the scheme or one indicator under it.</summary>
public sealed record ScoreLine
{
    public string Id { get; init; } = string.Empty;

    public string Name { get; init; } = string.Empty;

    /// <summary>0 for a top-level item, 1 for its children or indicators…</summary>
    public int Depth { get; init; }

    public string Method { get; init; } = string.Empty;

    public decimal? Points { get; init; }

    public IReadOnlyList<ScoreInputValue> Inputs { get; init; } = [];

    public string Formula { get; init; } = string.Empty;

    public decimal? Awarded { get; init; }

    /// <summary>The score the report states for this line.</summary>
    public Stated? Stated { get; init; }

    public string Explanation { get; init; } = string.Empty;

    public ScoreLineStatus Status { get; init; }

    /// <summary>Completion rate in percent, for indicators.</summary>
    public decimal? RatePercent { get; init; }

    public CompletionStatus? Completion { get; init; }

    public IReadOnlyList<ReviewMark> Flags { get; init; } = [];

    public string? Target { get; init; }

    public string? Actual { get; init; }

    public SourceLocation? Location { get; init; }

    /// <summary>The indicator row scored, for rules.</summary>
    [JsonIgnore]
    public TableIndicator? Row { get; init; }

    /// <summary>The indicator outcome, for rules.</summary>
    [JsonIgnore]
    public IndicatorOutcome? Outcome { get; init; }
}

/// <summary>A named input of a line and its value as text.</summary>
public sealed record ScoreInputValue(string Name, string Text, decimal? Value);

/// <summary>Budget execution as stated and as computed: 执行率 = 执行数 ÷ 全年预算数; 得分 = 分值 × min(执行率, 1).</summary>
public sealed record ExecutionFigures(
    string Label,
    Stated? Budget,
    Stated? Executed,
    decimal? ComputedRatePercent,
    Stated? StatedRate,
    decimal? Points,
    decimal? ComputedScore,
    Stated? StatedScore,
    SourceLocation Location);
