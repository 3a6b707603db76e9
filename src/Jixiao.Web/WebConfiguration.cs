using Microsoft.Extensions.Configuration.CommandLine;
using Microsoft.Extensions.Configuration.EnvironmentVariables;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.Configuration.Memory;

namespace Jixiao.Web;

/// <summary>
/// Where the server's settings come from, lowest first: built-in defaults, ASP.NET Core's appsettings.json, the
/// configuration file (`--config FILE`, else ./jixiao.json when present), environment variables (unprefixed such as
/// ConnectionStrings__Jixiao, then JIXIAO_…), and the command line (`--db`, `--urls`, …). See docs/configuration.md.
/// </summary>
public static class WebConfiguration
{
    /// <summary>The setting naming the configuration file (`--config FILE`, environment JIXIAO_CONFIG).</summary>
    public const string ConfigSetting = "config";

    /// <summary>The configuration file read from the working directory when no other is named.</summary>
    public const string DefaultFile = "jixiao.json";

    public const string EnvironmentPrefix = "JIXIAO_";

    /// <summary>
    /// Request logs come from Jixiao's own middleware, so ASP.NET Core's per-request lines are left out unless configured.
    /// </summary>
    private static readonly Dictionary<string, string?> Defaults = new()
    {
        ["Logging:LogLevel:Default"] = "Information",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
        ["Logging:Console:FormatterName"] = "simple",
    };

    /// <summary>Adds the defaults, the configuration file and the JIXIAO_ variables to the builder's sources.</summary>
    /// <exception cref="FileNotFoundException">The named configuration file does not exist.</exception>
    public static void Layer(ConfigurationManager configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var sources = configuration.Sources;
        sources.Insert(0, new MemoryConfigurationSource { InitialData = Defaults });
        var environment = LastIndex(sources, s => s is EnvironmentVariablesConfigurationSource { Prefix: null or "" });
        var commandLine = LastIndex(sources, s => s is CommandLineConfigurationSource);
        var prefixedAt = environment >= 0 ? environment + 1 : commandLine >= 0 ? commandLine : sources.Count;
        sources.Insert(prefixedAt, new EnvironmentVariablesConfigurationSource { Prefix = EnvironmentPrefix });

        var named = configuration[ConfigSetting];
        var file = string.IsNullOrWhiteSpace(named) ? Path.GetFullPath(DefaultFile) : Path.GetFullPath(named);
        if (!File.Exists(file))
        {
            if (string.IsNullOrWhiteSpace(named))
            {
                return;
            }

            throw new FileNotFoundException($"配置文件不存在：{named}", file);
        }

        var json = new JsonConfigurationSource { Path = file, Optional = false, ReloadOnChange = false };
        json.ResolveFileProvider();
        sources.Insert(environment >= 0 ? environment : prefixedAt, json);
    }

    private static int LastIndex(IList<IConfigurationSource> sources, Func<IConfigurationSource, bool> match)
    {
        for (var i = sources.Count - 1; i >= 0; i--)
        {
            if (match(sources[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
