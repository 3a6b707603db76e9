namespace Jixiao.Audit.Engine;

/// <summary>
/// A rule's permanent identity and texts: ID (JXnnnn), category, default severity, the Chinese title,
/// the message template with named placeholders ({Row}, {Expected}…) and the "expected" sentence
/// that says what a correct report has.
/// </summary>
public sealed record RuleDescriptor(string Id, RuleCategory Category, Severity DefaultSeverity, string Title, string MessageTemplate, string ExpectedSentence)
{
    /// <summary>Renders the message template with the finding's arguments.</summary>
    public string Render(IReadOnlyDictionary<string, string> arguments) =>
        MessageTemplates.Render(MessageTemplate, arguments);
}
