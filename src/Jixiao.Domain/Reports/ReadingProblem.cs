namespace Jixiao.Domain.Reports;

/// <summary>
/// Something a reader or the extraction could not read (读取问题), reported instead of guessed.
/// Codes are JX8nnn; the message is user-facing Chinese.
/// </summary>
public sealed record ReadingProblem(string Code, string Message, SourceLocation Location);
