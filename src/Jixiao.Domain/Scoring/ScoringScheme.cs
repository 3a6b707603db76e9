namespace Jixiao.Domain.Scoring;

/// <summary>
/// A scoring scheme (评分方案) as data: name, version, cited basis, grades, the tree of scored items and the
/// parameters of indicator scoring (DOMAIN §3.1, §6.3). Read from JSON by <see cref="SchemeReader"/>; an overlay
/// (execution-rate caps, deviation deduction) adds to a base scheme.
/// </summary>
public sealed record ScoringScheme
{
    /// <summary>Short name used on the command line ("mof-2020-project").</summary>
    public string Name { get; init; } = string.Empty;

    public string Version { get; init; } = string.Empty;

    /// <summary>Chinese title of the scheme.</summary>
    public string Title { get; init; } = string.Empty;

    /// <summary>Cited basis: documents and what is uncertain.</summary>
    public IReadOnlyList<string> Basis { get; init; } = [];

    /// <summary>Genres the scheme is meant for (model genre names, e.g. "project-self-evaluation-table").</summary>
    public IReadOnlyList<string> AppliesTo { get; init; } = [];

    /// <summary>True for an overlay that only adds caps or deductions to another scheme.</summary>
    public bool Overlay { get; init; }

    /// <summary>Grades from the highest minimum down (优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差).</summary>
    public IReadOnlyList<GradeBand> Grades { get; init; } = [];

    /// <summary>Full marks of the whole sheet (100).</summary>
    public decimal? FullMarks { get; init; }

    public IReadOnlyList<SchemeItem> Items { get; init; } = [];

    public IndicatorParameters Indicators { get; init; } = new();

    /// <summary>Caps on the total by budget execution rate (DOMAIN §3.5); empty when the scheme has none.</summary>
    public IReadOnlyList<ExecutionCap> ExecutionCaps { get; init; } = [];

    /// <summary>Per-indicator deduction for a large deviation from target (DOMAIN §3.5), null when none.</summary>
    public DeviationDeduction? Deviation { get; init; }

    /// <summary>Names of the overlays applied on top of this scheme.</summary>
    public IReadOnlyList<string> AppliedOverlays { get; init; } = [];

    /// <summary>Free notes printed with the sheet (what is uncertain, what is not reproducible).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>This scheme with an overlay's caps, deduction and notes added.</summary>
    public ScoringScheme With(ScoringScheme overlay) => this with
    {
        ExecutionCaps = overlay.ExecutionCaps.Count > 0 ? overlay.ExecutionCaps : ExecutionCaps,
        Deviation = overlay.Deviation ?? Deviation,
        Basis = [.. Basis, .. overlay.Basis],
        Notes = [.. Notes, .. overlay.Notes],
        AppliedOverlays = [.. AppliedOverlays, overlay.Name],
    };

    /// <summary>The grade of a total, or null when the scheme has no grades.</summary>
    public string? GradeOf(decimal total) =>
        Grades.OrderByDescending(g => g.Min).FirstOrDefault(g => total >= g.Min)?.Grade;
}

/// <summary>A grade and the minimum total that earns it.</summary>
public sealed record GradeBand(string Grade, decimal Min);

/// <summary>
/// One scored item of the tree: its points and how they are awarded. <see cref="Method"/> names the method
/// (see <see cref="SchemeMethods"/>); the other fields are that method's parameters.
/// </summary>
public sealed record SchemeItem
{
    public string Id { get; init; } = string.Empty;

    /// <summary>Chinese name as the sheet prints it ("预算执行率", "整体效能").</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>Points available; null when the scheme does not know them (unpublished).</summary>
    public decimal? Points { get; init; }

    public string Method { get; init; } = SchemeMethods.Group;

    /// <summary>Indicator category for the indicator methods: output, benefit, satisfaction, cost.</summary>
    public string? Category { get; init; }

    /// <summary>For <see cref="SchemeMethods.Indicators"/>: how each indicator is scored (auto, ratio, reverse-ratio, bands, qualitative-grade, per-unit-deduction).</summary>
    public string? IndicatorMethod { get; init; }

    /// <summary>Completion-rate bands for the bands method.</summary>
    public IReadOnlyList<CompletionBand> Bands { get; init; } = [];

    /// <summary>For per-unit deduction: points lost per unit short of target.</summary>
    public decimal? DeductionPerUnit { get; init; }

    /// <summary>For <see cref="SchemeMethods.Formula"/>: the expression over the named inputs (× ÷ + − min max, parentheses).</summary>
    public string? Formula { get; init; }

    /// <summary>For <see cref="SchemeMethods.Formula"/>: the named inputs and where each comes from.</summary>
    public IReadOnlyList<FormulaInput> Inputs { get; init; } = [];

    /// <summary>An externally determined score with its written reason (复核结果、评分细则); overrides the method.</summary>
    public ManualScore? Manual { get; init; }

    public IReadOnlyList<SchemeItem> Children { get; init; } = [];

    /// <summary>A note printed with the item.</summary>
    public string? Note { get; init; }
}

/// <summary>Method names of scheme items.</summary>
public static class SchemeMethods
{
    /// <summary>A heading whose points are the sum of its children.</summary>
    public const string Group = "group";

    /// <summary>预算执行率得分 = 分值 × min(执行数 ÷ 全年预算数, 1).</summary>
    public const string ExecutionRateScore = "execution-rate-score";

    /// <summary>The indicators of a category, each scored by its completion rate (DOMAIN §6.3).</summary>
    public const string Indicators = "indicators";

    /// <summary>A department report's published completion bands and sub-score of a category ("合计得分为98分").</summary>
    public const string CompletionBands = "completion-bands";

    /// <summary>An expression over named inputs (整体效能).</summary>
    public const string Formula = "formula";

    /// <summary>Scored by hand: needs a manual score with a reason.</summary>
    public const string Manual = "manual";

    public static IReadOnlyList<string> All { get; } = [Group, ExecutionRateScore, Indicators, CompletionBands, Formula, Manual];

    /// <summary>Per-indicator methods.</summary>
    public static IReadOnlyList<string> IndicatorMethods { get; } = ["auto", "ratio", "reverse-ratio", "bands", "qualitative-grade", "per-unit-deduction"];
}

/// <summary>A completion-rate band [Min, Max) in percent and the share of the points it earns (null = proportional, r × 分值).</summary>
public sealed record CompletionBand(decimal? Min, decimal? Max, decimal? Share, string Label);

/// <summary>A named formula input: its source (band-score:output, band-score:benefit, band-score:satisfaction, execution-rate, parameter) and value for parameters.</summary>
public sealed record FormulaInput(string Name, string Source, decimal? Value, string? Note);

/// <summary>An externally determined score and why (财政复核结果、评分细则规定…).</summary>
public sealed record ManualScore(decimal Score, string Reason);

/// <summary>A cap on the total by execution rate: rates in [MinRate, MaxRate) cap the total at <see cref="Cap"/>.</summary>
public sealed record ExecutionCap(decimal? MinRate, decimal MaxRate, decimal Cap);

/// <summary>An indicator whose actual deviates from target by at least <see cref="Percent"/> loses <see cref="Points"/>.</summary>
public sealed record DeviationDeduction(decimal Percent, decimal Points);

/// <summary>Parameters of indicator scoring (DOMAIN §6.3).</summary>
public sealed record IndicatorParameters
{
    /// <summary>Completion rate (percent) above which the target is flagged as probably set too low.</summary>
    public decimal OverTargetPercent { get; init; } = 150m;

    /// <summary>Share of the points deducted when the rate is above <see cref="OverTargetPercent"/> (0 = full points, flag only).</summary>
    public decimal OverTargetDeduction { get; init; }

    /// <summary>Share of the points for a qualitative 达成 / 部分达成 / 未达成 — the top of each 10号 range by default.</summary>
    public decimal Achieved { get; init; } = 1.0m;

    public decimal PartlyAchieved { get; init; } = 0.8m;

    public decimal NotAchieved { get; init; } = 0.6m;

    /// <summary>"symmetric": r = min/max for = targets; "ratio": r = actual / target.</summary>
    public string Equality { get; init; } = "symmetric";
}
