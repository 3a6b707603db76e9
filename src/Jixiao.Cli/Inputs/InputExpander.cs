namespace Jixiao.Cli.Inputs;

/// <summary>Expands INPUT arguments (a file, a folder or a glob) into files: sorted (<see cref="Expand"/>) or lazily (<see cref="Enumerate"/>).</summary>
public static class InputExpander
{
    /// <summary>The glob patterns and folders among the inputs that match no file.</summary>
    public static IEnumerable<string> Unmatched(IEnumerable<string> inputs) =>
        inputs.Where(input => IsFolderOrGlob(input) && !Files(input).Any());

    /// <summary>Whether an input names many files: a folder or a glob pattern.</summary>
    public static bool IsFolderOrGlob(string input) => Directory.Exists(input) || IsGlob(input);

    /// <summary>Every file, each folder's and glob's files in ordinal order (the list is held in memory).</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> inputs) =>
        inputs.SelectMany(input => Files(input).Order(StringComparer.Ordinal)).ToList();

    /// <summary>
    /// Every file, one at a time in the order the file system lists them, holding no list: for batches of any size.
    /// A plain path is passed through as is (the loader names it when it does not exist).
    /// </summary>
    public static IEnumerable<string> Enumerate(IEnumerable<string> inputs) => inputs.SelectMany(Files);

    private static bool IsGlob(string input) => input.IndexOfAny(['*', '?']) >= 0;

    private static IEnumerable<string> Files(string input)
    {
        if (Directory.Exists(input))
        {
            return Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories);
        }

        if (!IsGlob(input))
        {
            return [input];
        }

        var directory = Path.GetDirectoryName(input);
        var root = string.IsNullOrEmpty(directory) ? "." : directory;
        return Directory.Exists(root) ? Directory.EnumerateFiles(root, Path.GetFileName(input), SearchOption.TopDirectoryOnly) : [];
    }
}
