namespace Jixiao.Documents.Writers.Composition;

/// <summary>
/// What a review letter (审核意见书) says about one version of a report: the report's key, the reviewer's conclusion
/// (<see cref="Conclusion"/>, e.g. "退回修改", with its reason), the score sheet summary, and the findings split by the
/// decisions on them — still open, 已说明 (with the explanation) and 误报 (listed apart, not asked to be changed).
/// </summary>
public sealed record ReviewLetter(
    string Department,
    int Year,
    string Genre,
    int Version,
    string Conclusion,
    string? Reason,
    string? Reviewer,
    DateOnly Date,
    ReviewLetterScore Score,
    IReadOnlyList<ReviewLetterFinding> Open,
    IReadOnlyList<ReviewLetterFinding> Explained,
    IReadOnlyList<ReviewLetterFinding> FalsePositives);

/// <summary>One finding in a review letter; <paramref name="Note"/> is the explanation or the reason it is a 误报.</summary>
public sealed record ReviewLetterFinding(string RuleId, string Severity, string Title, string Message, string Where, string? Note = null);

/// <summary>
/// The score sheet summary of a review letter: the scheme, the recomputed and the stated total with their grades, and
/// its top-level items (name, points, recomputed, stated; "—" where there is none).
/// </summary>
public sealed record ReviewLetterScore(
    string Scheme,
    string? Recomputed,
    string? Grade,
    string? Stated,
    string? StatedGrade,
    IReadOnlyList<ReviewLetterScoreItem> Items);

/// <summary>One item of a score sheet summary, as printed.</summary>
public sealed record ReviewLetterScoreItem(string Name, string Points, string Recomputed, string Stated);
