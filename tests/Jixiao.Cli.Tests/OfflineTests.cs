using System.Text.RegularExpressions;
using Jixiao.Testing;

namespace Jixiao.Cli.Tests;

/// <summary>
/// The workbench works on an intranet without internet access: its pages and static files load nothing from an outside
/// address (no CDN, web font or analytics script). Namespace URIs (xmlns) and comments are not addresses that are fetched.
/// </summary>
public sealed partial class OfflineTests
{
    [Fact]
    public void Workbench_pages_and_static_files_reference_no_external_address()
    {
        var web = Path.Combine(SharedFiles.RepositoryRoot, "src", "Jixiao.Web");
        var files = Directory.EnumerateFiles(Path.Combine(web, "Pages"), "*.cshtml", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(web, "wwwroot"), "*", SearchOption.AllDirectories))
            .ToList();

        Assert.NotEmpty(files);
        var found = files.SelectMany(f => ExternalAddresses(File.ReadAllText(f)).Select(a => $"{Path.GetRelativePath(web, f)}: {a}")).ToList();
        Assert.True(found.Count == 0, string.Join('\n', found));
    }

    [Fact]
    public void External_addresses_are_found_in_links_scripts_and_styles_but_not_in_namespaces_or_comments()
    {
        Assert.Equal(
            ["https://cdn.example.com/x.js", "//fonts.example.com/a.woff2", "http://example.com"],
            ExternalAddresses("""
                <script src="https://cdn.example.com/x.js"></script>
                <style>@font-face { src: url(//fonts.example.com/a.woff2) }</style>
                <a href='http://example.com'>x</a>
                <svg xmlns="http://www.w3.org/2000/svg"></svg>
                @* see https://learn.microsoft.com/aspnet *@ <!-- https://example.com/html-comment -->
                /* https://example.com/css-comment */
                // https://example.com/js-comment
                """));
    }

    /// <summary>
    /// The absolute (http, https) and protocol-relative (//host) addresses in an HTML, Razor, CSS or JavaScript text,
    /// leaving out xmlns values and Razor, HTML, block and whole-line comments.
    /// </summary>
    internal static List<string> ExternalAddresses(string text)
    {
        var code = Comments().Replace(text, string.Empty);
        return Addresses().Matches(code).Select(m => m.Groups["address"].Value).ToList();
    }

    [GeneratedRegex(@"@\*.*?\*@|<!--.*?-->|/\*.*?\*/|^\s*//.*?$", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex Comments();

    [GeneratedRegex(@"(?<!xmlns(:\w+)?\s*=\s*[""']?)(?<address>https?://[^\s""'()<>]+|(?<=(?:src|href|action)\s*=\s*[""']|url\(\s*[""']?)//[^\s""'()<>]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Addresses();
}
