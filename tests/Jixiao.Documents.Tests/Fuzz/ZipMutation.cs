using System.IO.Compression;
using System.Text;

namespace Jixiao.Documents.Tests.Fuzz;

/// <summary>
/// Mutates a zip container (.docx, .xlsx) at the level of its entries, so that the result is still a valid zip and
/// the mutations reach the XML parsers and the readers behind them: one entry's text is mutated, or an entry is dropped.
/// </summary>
internal static class ZipMutation
{
    /// <summary><paramref name="container"/> with entry number <paramref name="entry"/> (modulo the count) mutated, or dropped when <paramref name="drop"/>.</summary>
    public static byte[] Apply(byte[] container, int entry, bool drop, IEnumerable<Mutation> mutations)
    {
        var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(container, writable: false), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            var chosen = entry % source.Entries.Count;
            for (var i = 0; i < source.Entries.Count; i++)
            {
                var original = source.Entries[i];
                if (i == chosen && drop)
                {
                    continue;
                }

                using var input = original.Open();
                using var copy = new MemoryStream();
                input.CopyTo(copy);
                var bytes = copy.ToArray();
                if (i == chosen)
                {
                    var text = Encoding.UTF8.GetString(bytes);
                    bytes = Encoding.UTF8.GetBytes(mutations.Aggregate(text, (t, m) => m.Apply(t)));
                }

                using var written = target.CreateEntry(original.FullName, CompressionLevel.Fastest).Open();
                written.Write(bytes);
            }
        }

        return output.ToArray();
    }
}
