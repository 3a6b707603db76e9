using System.Xml.Linq;

namespace Jixiao.Documents.Writers.Pdf;

/// <summary>
/// A fontconfig configuration (fonts.conf) that reads the system's configuration and then adds each
/// <see cref="FontFallback"/> as an alias whose alternatives are accepted right after the family itself: an installed
/// font of that name is still used first. Given to soffice through FONTCONFIG_FILE.
/// </summary>
internal static class FontconfigAliases
{
    /// <summary>fontconfig's usual main file, read when FONTCONFIG_FILE does not name another.</summary>
    private const string SystemConfiguration = "/etc/fonts/fonts.conf";

    public static string Document(IEnumerable<FontFallback> fallbacks) =>
        new XDocument(new XElement("fontconfig",
            new XElement("include", new XAttribute("ignore_missing", "yes"), Environment.GetEnvironmentVariable("FONTCONFIG_FILE") is { Length: > 0 } current ? current : SystemConfiguration),
            fallbacks.Select(fallback => new XElement("alias",
                new XAttribute("binding", "same"),
                new XElement("family", fallback.Family),
                new XElement("accept", fallback.Alternatives.Select(name => new XElement("family", name)))))))
        .ToString();
}
