using System.Text;

namespace Jixiao.Data.Storage;

/// <summary>
/// The stored name of an uploaded attachment: the last part of what the client sent (no folders, whichever separator),
/// without control characters, trimmed of spaces and dots, at most <see cref="MaxLength"/> characters (keeping the
/// extension). The name is only ever shown and sent in Content-Disposition, never used as a path.
/// </summary>
public static class AttachmentName
{
    public const int MaxLength = 200;

    /// <summary>The name used when nothing is left of the client's.</summary>
    public const string Fallback = "附件";

    public static string Sanitize(string? name)
    {
        var text = name ?? string.Empty;
        var last = text[(text.LastIndexOfAny(['/', '\\']) + 1)..];
        var kept = new StringBuilder(last.Length);
        foreach (var c in last.Where(c => !char.IsControl(c) && c is not ('"' or ':' or '*' or '?' or '<' or '>' or '|')))
        {
            kept.Append(c);
        }

        var clean = kept.ToString().Trim().Trim('.').Trim();
        if (clean.Length == 0)
        {
            return Fallback;
        }

        if (clean.Length <= MaxLength)
        {
            return clean;
        }

        var extension = Path.GetExtension(clean);
        return extension.Length is > 0 and <= 10
            ? clean[..(MaxLength - extension.Length)] + extension
            : clean[..MaxLength];
    }
}
