using Jixiao.Domain.Targets;

namespace Jixiao.Domain.Library;

/// <summary>
/// The indicator library (指标库): entries in order, one per indicator (<see cref="LibraryKey"/>: level-1 category and
/// normalised name). Immutable; <see cref="Merge"/> returns a new library.
/// </summary>
public sealed class IndicatorLibrary
{
    public const string CurrentSchemaVersion = "1";

    private readonly Dictionary<LibraryKey, int> index;
    private readonly HashSet<string> ids = new(StringComparer.Ordinal);

    /// <summary>A library of <paramref name="entries"/>; entries that are the same indicator are merged (the first wins).</summary>
    public IndicatorLibrary(IEnumerable<IndicatorEntry> entries, string? title = null)
    {
        var list = new List<IndicatorEntry>();
        index = [];
        foreach (var entry in entries)
        {
            Add(list, entry);
        }

        Entries = list;
        Title = title;
    }

    /// <summary>A title for the library (标题), null when none.</summary>
    public string? Title { get; }

    public IReadOnlyList<IndicatorEntry> Entries { get; }

    /// <summary>The entry of this indicator, or null.</summary>
    public IndicatorEntry? Find(IndicatorCategory category, IndicatorSubcategory? subcategory, string name) =>
        index.TryGetValue(LibraryKey.Of(category, subcategory, name), out var at) ? Entries[at] : null;

    /// <summary>The entry with this id, or null.</summary>
    public IndicatorEntry? this[string id] => Entries.FirstOrDefault(e => e.Id == id);

    /// <summary>
    /// This library with <paramref name="entries"/> added: an entry of an indicator already here adds its keywords,
    /// basis, examples and any field the existing entry leaves empty (<see cref="IndicatorEntry.MergedWith"/>);
    /// others are appended.
    /// </summary>
    public IndicatorLibrary Merge(IEnumerable<IndicatorEntry> entries) => new(Entries.Concat(entries), Title);

    private void Add(List<IndicatorEntry> list, IndicatorEntry entry)
    {
        if (index.TryGetValue(entry.Key, out var at))
        {
            list[at] = list[at].MergedWith(entry);
            return;
        }

        var id = entry.Id.Length > 0 ? entry.Id : IndicatorEntry.DefaultId(entry.EffectiveCategory, entry.Name);
        var unique = id;
        for (var n = 2; !ids.Add(unique); n++)
        {
            unique = $"{id}#{n}";
        }

        index[entry.Key] = list.Count;
        list.Add(entry with { Id = unique });
    }
}
