using Jixiao.Audit.Output;
using Jixiao.Data.Storage;

namespace Jixiao.Web.Workbench;

/// <summary>
/// A finding as the report page lists it: its audit document, fingerprint and decision, and the keys
/// (<see cref="CellKey"/>) of the printed figures it compares, which clicking it highlights.
/// </summary>
public sealed record FindingView(int Number, FindingDocument Finding, string Fingerprint, DecisionRecord? Decision)
{
    /// <summary>The figures' keys, each once, in the finding's order.</summary>
    public IReadOnlyList<string> Keys { get; } =
        [.. Finding.Values.Select(v => CellKey.Of(v.Location)).Append(CellKey.Of(Finding.Location)).OfType<string>().Distinct()];

    /// <summary>The element id of the finding in the list.</summary>
    public string Id => $"finding-{Number}";
}
