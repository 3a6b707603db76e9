namespace Jixiao.Documents.Writers.Pdf;

/// <summary>
/// A font a document asks for and the installed fonts to use instead when it is missing, in order
/// (e.g. 仿宋_GB2312 → FangSong, 仿宋, Noto Serif CJK SC). LibreOffice on Linux finds fonts through fontconfig, which
/// without these would substitute the same sans-serif face for every missing Chinese font.
/// </summary>
public sealed record FontFallback(string Family, IReadOnlyList<string> Alternatives);
