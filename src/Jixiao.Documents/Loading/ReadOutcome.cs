using Jixiao.Documents.Neutral;

namespace Jixiao.Documents.Loading;

/// <summary>What a format reader returns: the neutral document, or one Chinese sentence saying why it could not read the file.</summary>
public sealed record ReadOutcome(DocumentText? Document, string? Failure)
{
    public static ReadOutcome Read(DocumentText document) => new(document, null);

    public static ReadOutcome Unreadable(string failure) => new(null, failure);
}
