namespace Jixiao.Web.Workbench;

/// <summary>How a figure differs between two versions.</summary>
public enum FigureChangeKind
{
    /// <summary>In both versions with different values (原值 → 新值).</summary>
    Changed,

    /// <summary>Only in the newer version.</summary>
    Added,

    /// <summary>Only in the older version.</summary>
    Removed,
}
