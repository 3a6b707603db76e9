using System.Globalization;

namespace Jixiao.LoadBench;

/// <summary>The `--name value` options of the benchmark, with defaults.</summary>
internal sealed class Options(Dictionary<string, string> values)
{
    /// <summary>The reviewer the seed creates and the run signs in as.</summary>
    public const string Reviewer = "bench-reviewer";

    public const string Password = "Bench-2026-jixiao";

    public string Db => values.GetValueOrDefault("db", "bench.db");

    public string Url => values.GetValueOrDefault("url", "http://127.0.0.1:5099");

    public int Departments => Int("departments", 500);

    public int[] Years => [.. values.GetValueOrDefault("years", "2021,2022,2023").Split(',').Select(y => int.Parse(y, CultureInfo.InvariantCulture))];

    public int Year => Int("year", 2023);

    public int Clients => Int("clients", 20);

    public int Requests => Int("requests", 2000);

    public int Uploads => Int("uploads", 10);

    public string Sample => values.GetValueOrDefault("sample", "samples/tianhe-emergency-2023.json");

    public static Options Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i].TrimStart('-')] = args[i + 1];
        }

        return new Options(values);
    }

    private int Int(string name, int fallback) => values.TryGetValue(name, out var text) ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
}
