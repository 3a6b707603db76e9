using Jixiao.Audit.Rules.Scoring;
using Jixiao.Domain.Scoring;

namespace Jixiao.Web.Pages.Admin;

/// <summary>
/// 评分方案 (/admin/schemes): the shipped scoring schemes (schemes/*.json, embedded in Jixiao.Audit), the names
/// `--scheme` and `?scheme=` accept (<see cref="SchemeSelection"/>), with their basis; read-only — a scheme is a
/// reviewed file in the repository, changed with its tests, not in the running server.
/// </summary>
public sealed class SchemesModel : AdminPage
{
    public IReadOnlyList<ScoringScheme> Schemes { get; } = [.. SchemeLibrary.Names.Select(name => SchemeLibrary.Named(name)!)];

    public void OnGet()
    {
    }
}
