namespace Jixiao.Synthetic;

/// <summary>
/// One generated report in the manifest: its name and files, department and year, its size (units, projects, indicators)
/// and the contradictions injected into it (none: a clean report, which the audit should pass without errors or warnings).
/// </summary>
public sealed record ManifestEntry(
    string Name,
    IReadOnlyList<string> Files,
    string Department,
    int Year,
    int Units,
    int Projects,
    int Indicators,
    IReadOnlyList<Injection> Injections);
