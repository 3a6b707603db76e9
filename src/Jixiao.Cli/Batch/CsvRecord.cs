using System.Text;

namespace Jixiao.Cli.Batch;

/// <summary>Splits one CSV record as <see cref="Audit.Output.Csv"/> writes it (quoted fields may hold commas, doubled quotes and line breaks).</summary>
internal static class CsvRecord
{
    public static IReadOnlyList<string> Fields(string record)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < record.Length; i++)
        {
            var c = record[i];
            if (quoted && c == '"' && i + 1 < record.Length && record[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }
}
