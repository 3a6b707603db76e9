namespace Jixiao.Benchmarks;

/// <summary>Finds the shared sample report: the repository root holds Jixiao.slnx, and ../shared is its sibling.</summary>
internal static class SamplePaths
{
    public const string SampleRelativePath = "samples/tianhe-emergency-2023.txt";

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Jixiao.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException(
            $"Cannot find the repository root (a folder containing Jixiao.slnx) above {AppContext.BaseDirectory}.");
    }

    public static string Sample()
    {
        var root = RepositoryRoot();
        var shared = Path.GetFullPath(Path.Combine(root, "..", "shared"));
        var sample = Path.Combine(shared, SampleRelativePath);
        if (!File.Exists(sample))
        {
            throw new FileNotFoundException(
                $"The benchmarks need the shared folder ../shared next to the repository root ({root}) with "
                + $"{SampleRelativePath} in it; not found: {sample}",
                sample);
        }

        return sample;
    }
}
