using System.Text.Json;
using Jixiao.Cli.Commands;
using Jixiao.Cli.Rendering;
using Jixiao.Domain.Reports;

namespace Jixiao.Cli.Batch;

/// <summary>
/// What an earlier, possibly interrupted batch already wrote to its output file (`--resume`): the file names it
/// recorded and whether any of them was unreadable or reached `--fail-on`. <see cref="Prepare"/> cuts the file back to
/// its last complete record: a torn last line goes, and in CSV so do the last file's rows (they may be incomplete);
/// those files are audited again.
/// </summary>
internal sealed class ResumeState
{
    private const int CsvColumns = 19;

    public static ResumeState None { get; } = new();

    /// <summary>The file names already recorded (the `file` field, the first CSV column).</summary>
    public HashSet<string> Done { get; } = new(StringComparer.Ordinal);

    public bool AnyUnreadable { get; private set; }

    public bool Reached { get; private set; }

    /// <summary>Whether the CSV output already starts with the header.</summary>
    public bool HasCsvHeader { get; private set; }

    /// <summary>How many bytes of a torn tail <see cref="Prepare"/> removed.</summary>
    public long Removed { get; private set; }

    /// <summary>Reads the output file (none yet: nothing done) and cuts it back to its last complete record; or a Chinese error.</summary>
    public static (ResumeState? State, string? Error) Prepare(string path, string format, string failOn)
    {
        var state = new ResumeState();
        if (!File.Exists(path))
        {
            return (state, null);
        }

        var csv = format == "csv";
        var name = Path.GetFileName(path);
        long keep = 0;
        long length;
        using (var stream = File.OpenRead(path))
        {
            length = stream.Length;
            var number = 0;
            string? group = null;
            long groupStart = 0;
            (bool Unreadable, int Errors, int Warnings) tally = default;
            foreach (var (text, end) in OutputRecords.Read(stream, csv))
            {
                number++;
                if (!csv)
                {
                    if (text.Length > 0 && !state.AddJsonLine(text, failOn))
                    {
                        return (null, $"{name}：第 {number} 行不是审核记录（--format ndjson），无法续写");
                    }
                }
                else if (number == 1)
                {
                    if (text != AuditRenderer.CsvHeader)
                    {
                        return (null, $"{name}：第一行不是 audit --format csv 的表头，无法续写");
                    }

                    state.HasCsvHeader = true;
                }
                else
                {
                    var fields = CsvRecord.Fields(text);
                    if (fields.Count != CsvColumns)
                    {
                        return (null, $"{name}：第 {number} 条记录有 {fields.Count} 列，不是 audit --format csv 的结果，无法续写");
                    }

                    if (fields[0] != group)
                    {
                        state.Add(group, tally.Unreadable, AuditCommand.Reaches(failOn, tally.Errors, tally.Warnings));
                        (group, groupStart, tally) = (fields[0], keep, default);
                    }

                    tally = (tally.Unreadable || IsUnreadableRow(fields), tally.Errors + (fields[5] == "error" ? 1 : 0),
                        tally.Warnings + (fields[5] == "warning" ? 1 : 0));
                }

                keep = end;
            }

            if (group is not null)
            {
                keep = groupStart;
            }
        }

        if (keep < length)
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Write);
            stream.SetLength(keep);
            state.Removed = length - keep;
            state.HasCsvHeader &= keep > 0;
        }

        return (state, null);
    }

    /// <summary>The record of an unreadable file: genre `unknown`, rule JX8001 and no page (a PDF page without text has one).</summary>
    private static bool IsUnreadableRow(IReadOnlyList<string> fields) =>
        fields[1] == "unknown" && fields[4] == ReadingCodes.Unreadable && fields[15].Length == 0;

    private bool AddJsonLine(string text, string failOn)
    {
        try
        {
            using var json = JsonDocument.Parse(text);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("file", out var file) || file.ValueKind != JsonValueKind.String
                || !root.TryGetProperty("summary", out var summary) || summary.ValueKind != JsonValueKind.Object)
            {
                return false;
            }

            var errors = summary.TryGetProperty("errors", out var e) && e.TryGetInt32(out var ne) ? ne : 0;
            var warnings = summary.TryGetProperty("warnings", out var w) && w.TryGetInt32(out var nw) ? nw : 0;
            Add(file.GetString(), root.TryGetProperty("error", out _), AuditCommand.Reaches(failOn, errors, warnings));
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private void Add(string? file, bool unreadable, bool reached)
    {
        if (file is null)
        {
            return;
        }

        Done.Add(file);
        AnyUnreadable |= unreadable;
        Reached |= reached;
    }
}
