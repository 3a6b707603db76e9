using System.Globalization;
using Jixiao.Testing;

namespace Jixiao.Documents.Tests.Fuzz;

/// <summary>
/// How long the seeded fuzz runs: <c>JIXIAO_FUZZ_ITERATIONS</c> inputs per target (default 2,000 in CI, where
/// <c>JIXIAO_REQUIRE_ALL=1</c>, 100 locally), at most <see cref="TimePerTarget"/> per target (six targets: about three
/// minutes in all), from the seed <c>JIXIAO_FUZZ_SEED</c> (default <see cref="DefaultSeed"/>) so that a failure reproduces.
/// </summary>
internal static class FuzzBudget
{
    public const string IterationsVariable = "JIXIAO_FUZZ_ITERATIONS";

    public const string SeedVariable = "JIXIAO_FUZZ_SEED";

    public const ulong DefaultSeed = 20231231;

    public static readonly TimeSpan TimePerTarget = TimeSpan.FromSeconds(30);

    /// <summary>The longest one input may take, far above any real document; longer counts as a hang.</summary>
    public static readonly TimeSpan TimePerInput = TimeSpan.FromSeconds(20);

    public static int Iterations =>
        int.TryParse(Environment.GetEnvironmentVariable(IterationsVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n
            : Environment.GetEnvironmentVariable(SharedFiles.RequireAllVariable) == "1" ? 2000 : 100;

    public static ulong Seed =>
        ulong.TryParse(Environment.GetEnvironmentVariable(SeedVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var seed) ? seed : DefaultSeed;
}
