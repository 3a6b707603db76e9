namespace Jixiao.Documents.Writers.Composition;

/// <summary>One audit finding as printed in the appendix 审核意见: rule, severity (错误/警告/提示), title, message and where.</summary>
public sealed record ReviewNote(string RuleId, string Severity, string Title, string Message, string Where);
