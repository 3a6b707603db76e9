namespace Jixiao.Web.Workbench;

/// <summary>A figure that differs between two versions: its key, where it stands, the old value (null when added) and the new one (null when removed).</summary>
public sealed record FigureChange(FigureChangeKind Kind, string Key, string Place, string Name, string? Before, string? After);
