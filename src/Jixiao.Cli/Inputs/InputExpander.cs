namespace Jixiao.Cli.Inputs;

/// <summary>Expands INPUT arguments (a file, a folder or a glob) into files, in a stable order.</summary>
public static class InputExpander
{
    /// <summary>The glob patterns and folders among the inputs that match no file.</summary>
    public static IEnumerable<string> Unmatched(IEnumerable<string> inputs) =>
        inputs.Where(input => (Directory.Exists(input) || input.IndexOfAny(['*', '?']) >= 0) && Expand([input]).Count == 0);

    public static IReadOnlyList<string> Expand(IEnumerable<string> inputs)
    {
        var files = new List<string>();
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                files.AddRange(Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
            }
            else if (input.IndexOfAny(['*', '?']) >= 0)
            {
                var directory = Path.GetDirectoryName(input);
                var root = string.IsNullOrEmpty(directory) ? "." : directory;
                var pattern = Path.GetFileName(input);
                if (Directory.Exists(root))
                {
                    files.AddRange(Directory.EnumerateFiles(root, pattern, SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal));
                }
            }
            else
            {
                files.Add(input);
            }
        }

        return files;
    }
}
