using System.Collections.Concurrent;
using Jixiao.Domain.ResultApplication;

namespace Jixiao.Web.Dashboards;

/// <summary>
/// The 结果应用 rule the server uses: the file named by the setting <see cref="FileSetting"/> (same format as
/// schemes/result-application-default.json), else the shipped default. A file is read again when it changes.
/// </summary>
public static class ResultApplicationSource
{
    /// <summary>The configuration key of the rule file (`ResultApplication:File`, environment `JIXIAO_RESULTAPPLICATION__FILE`).</summary>
    public const string FileSetting = "ResultApplication:File";

    private static readonly ConcurrentDictionary<(string Path, DateTime Written), (ResultApplicationRule? Rule, string? Error)> Read = new();

    /// <summary>The configured rule, or the one-sentence reason the configured file cannot be used.</summary>
    public static (ResultApplicationRule? Rule, string? Error) From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (configuration[FileSetting] is not { Length: > 0 } file)
        {
            return (ResultApplicationReader.Default, null);
        }

        var path = Path.GetFullPath(file);
        if (!File.Exists(path))
        {
            return (null, $"结果应用规则文件不存在：{path}");
        }

        return Read.GetOrAdd((path, File.GetLastWriteTimeUtc(path)), key =>
        {
            var (rule, error) = ResultApplicationReader.Parse(File.ReadAllText(key.Path));
            return rule is null ? (null, $"{key.Path}：{error}") : (rule, null);
        });
    }
}
