namespace Jixiao.Testing;

/// <summary>
/// The real published reports in ../shared, which tests read in place. When ../shared is missing a test
/// skips with a clear message; in CI (JIXIAO_REQUIRE_ALL=1) a missing file fails the test instead.
/// </summary>
public static class SharedFiles
{
    public const string RequireAllVariable = "JIXIAO_REQUIRE_ALL";

    public static string SamplePath => Require(Path.Combine("samples", "tianhe-emergency-2023.txt"));

    public static string Require(string relativePath)
    {
        var path = Path.Combine(Root, relativePath);
        if (!File.Exists(path))
        {
            ExternalRequirement.Missing($"../shared/{relativePath.Replace('\\', '/')}（共享的真实报告）");
        }

        return path;
    }

    /// <summary>The shared folder beside the repository: found by walking up from the test binaries.</summary>
    public static string Root
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Jixiao.slnx")))
                {
                    return Path.Combine(directory.Parent?.FullName ?? directory.FullName, "shared");
                }

                directory = directory.Parent;
            }

            return Path.GetFullPath("../shared");
        }
    }

    /// <summary>The repository root (where Jixiao.slnx is).</summary>
    public static string RepositoryRoot
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Jixiao.slnx")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("Jixiao.slnx not found above the test binaries.");
        }
    }
}
