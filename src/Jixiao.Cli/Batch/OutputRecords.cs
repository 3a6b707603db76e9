using System.Text;

namespace Jixiao.Cli.Batch;

/// <summary>
/// Reads an earlier batch output record by record, each with the byte offset just past its line break: a record is a
/// line, and in CSV a line break inside quotes does not end it. A last record without its line break (the process
/// stopped while writing it) is not returned. The separators are ASCII, so scanning bytes is safe for UTF-8.
/// </summary>
internal static class OutputRecords
{
    public static IEnumerable<(string Text, long End)> Read(Stream stream, bool csv)
    {
        var buffer = new byte[64 * 1024];
        using var current = new MemoryStream();
        var quoted = false;
        long offset = 0;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            var start = 0;
            for (var i = 0; i < read; i++)
            {
                var b = buffer[i];
                if (csv && b == (byte)'"')
                {
                    quoted = !quoted;
                }
                else if (b == (byte)'\n' && !quoted)
                {
                    current.Write(buffer, start, i - start);
                    start = i + 1;
                    var text = Encoding.UTF8.GetString(current.GetBuffer(), 0, (int)current.Length).TrimEnd('\r');
                    current.SetLength(0);
                    yield return (text, offset + i + 1);
                }
            }

            current.Write(buffer, start, read - start);
            offset += read;
        }
    }
}
