using Jixiao.Data.Storage;
using Jixiao.Domain.ResultApplication;

namespace Jixiao.Web.Dashboards;

/// <summary>
/// The 结果应用 suggestion for one report: the grade it rests on and where that grade comes from (`recomputed`: the
/// grade of the recomputed score; `stated`: of the score the report states, when none could be recomputed), and the
/// rule's suggestion for it. Advice only: nothing applies it to a budget.
/// </summary>
public sealed record ResultApplicationAdvice(
    string Grade,
    string GradeSource,
    string Action,
    string Suggestion,
    string Detail,
    ReductionRange? Reduction,
    bool Confirmed)
{
    /// <summary>The advice for a version's digest, or null when it has no grade or the rule does not know it.</summary>
    public static ResultApplicationAdvice? For(ResultApplicationRule rule, VersionDigest digest)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(digest);
        var (grade, source) = digest.Grade is { } recomputed ? (recomputed, "recomputed") : (digest.StatedGrade, "stated");
        return rule.For(grade) is { } suggestion
            ? new ResultApplicationAdvice(suggestion.Grade, source, suggestion.Action, suggestion.Suggestion, suggestion.Detail, suggestion.Reduction, rule.Confirmed)
            : null;
    }
}
