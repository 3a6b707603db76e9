using System.Globalization;
using Jixiao.Documents.Writers.Composition;

namespace Jixiao.Synthetic;

/// <summary>
/// Generates synthetic department self-evaluation reports (部门整体支出绩效自评报告): a random model
/// (<see cref="ReportDraw"/>) composed by <see cref="ReportComposer"/> without charts, then, with probability
/// <c>errorRate</c>, one to three contradictions of distinct kinds injected into the printed figures. Deterministic:
/// the same seed gives the same reports (System.Random seeded, no clock, no Guid).
/// </summary>
public static class SyntheticReportGenerator
{
    private static readonly CompositionOptions Options = new([], [], Charts: false);

    /// <summary>Reports 1 to <paramref name="count"/> of the series of <paramref name="seed"/>.</summary>
    public static IEnumerable<SyntheticReport> Generate(int seed, int count, double errorRate)
    {
        var series = new Random(seed);
        for (var number = 1; number <= count; number++)
        {
            yield return One(number, series.Next(), errorRate);
        }
    }

    private static SyntheticReport One(int number, int seed, double errorRate)
    {
        var draw = new Draws(new Random(seed));
        var (model, slug) = ReportDraw.Draw(draw);
        var document = ReportComposer.Compose(model, Options);
        var injections = new List<Injection>();
        if (draw.Chance(errorRate))
        {
            var wanted = 1 + (draw.Chance(0.3) ? 1 : 0) + (draw.Chance(0.1) ? 1 : 0);
            var injector = new Injector(model, draw);
            foreach (var kind in draw.Shuffled(Enum.GetValues<InjectionKind>()))
            {
                if (injections.Count == wanted)
                {
                    break;
                }

                if (injector.Inject(document, kind) is { } injected)
                {
                    document = injected.Document;
                    injections.Add(injected.Injection);
                }
            }
        }

        return new SyntheticReport($"{number.ToString("D4", CultureInfo.InvariantCulture)}-{slug}", model, document, injections);
    }
}
