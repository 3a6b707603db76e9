using ScottPlot;

namespace Jixiao.Documents.Writers.Charts;

/// <summary>
/// Registers a CJK font from the system with ScottPlot, once per process: WenQuanYi Micro Hei, else Noto Sans CJK.
/// ScottPlot's SkiaSharp build has no font fallback, so without a registered CJK font every Chinese label would be
/// drawn as empty boxes; Noto's tall line metrics shift tick labels against the grid, hence WQY first (STACK.md row 5).
/// </summary>
internal static class ChartFonts
{
    /// <summary>The name the font is registered under in ScottPlot.</summary>
    private const string RegisteredName = "JixiaoCjk";

    /// <summary>Font files by preference: WQY Micro Hei, then the Simplified Chinese and pan-CJK Noto Sans files.</summary>
    private static readonly string[] FileNames =
    [
        "wqy-microhei.ttc", "NotoSansCJKsc-Regular.otf", "NotoSansSC-Regular.otf", "NotoSansCJK-Regular.ttc",
    ];

    /// <summary>Where distributions install them (Debian/Ubuntu, Fedora, Arch), checked before searching the font folders.</summary>
    private static readonly string[] KnownPaths =
    [
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
        "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
        "/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc",
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
    ];

    private static readonly Lock Gate = new();
    private static string? _name;

    /// <summary>The registered font's name for ScottPlot; throws <see cref="ChartFontMissingException"/> when none is installed.</summary>
    public static string Name
    {
        get
        {
            lock (Gate)
            {
                if (_name is null)
                {
                    var path = Find() ?? throw new ChartFontMissingException();
                    Fonts.AddFontFile(RegisteredName, path);
                    _name = RegisteredName;
                }

                return _name;
            }
        }
    }

    private static string? Find() =>
        FileNames.Select(name => KnownPaths.FirstOrDefault(p => Path.GetFileName(p) == name && File.Exists(p)) ?? Search(name))
            .FirstOrDefault(path => path is not null);

    /// <summary>The file in fontconfig's usual folders (system, local, per user), searched to any depth.</summary>
    private static string? Search(string fileName)
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        string[] folders =
        [
            "/usr/share/fonts", "/usr/local/share/fonts",
            Path.Combine(Environment.GetEnvironmentVariable("XDG_DATA_HOME") is { Length: > 0 } data ? data : Path.Combine(home, ".local", "share"), "fonts"),
            Path.Combine(home, ".fonts"),
        ];
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, MatchCasing = MatchCasing.CaseInsensitive };
        return folders.Where(Directory.Exists)
            .Select(folder => Directory.EnumerateFiles(folder, fileName, options).Order(StringComparer.Ordinal).FirstOrDefault())
            .FirstOrDefault(path => path is not null);
    }
}
