using System.Text.RegularExpressions;
using Jixiao.Domain.Claims;
using Jixiao.Domain.Numbers;

namespace Jixiao.Documents.Extraction;

/// <summary>
/// Reads the statistics of the annual-work narrative: incidents that occurred (发生一般生产安全事故共12宗、亡12人)
/// with their breakdown (其中…7宗…（占事故总数58.3%）), and stated totals with parts (共启动应急响应65次，其中…1次、…10次).
/// </summary>
public static partial class WorkSentenceExtractor
{
    private const string Num = NumberReader.NumberPattern;

    public static IEnumerable<Claim> Claims(Sentence paragraph)
    {
        foreach (var sentence in paragraph.Split('。'))
        {
            var incident = sentence.Find(IncidentPattern());
            if (incident.Success)
            {
                var description = incident.Groups["desc"].Value;
                var unit = incident.Groups["u"].Value;
                var count = sentence.CountOf(incident, unit, description + "起数")!;
                var deaths = sentence.CountOf(incident, "人", description + "死亡人数", "d");
                var subject = description.Contains("安全事故", StringComparison.Ordinal) ? "安全事故"
                    : description.Contains("火灾", StringComparison.Ordinal) ? "火灾" : "事故";
                yield return new IncidentClaim(subject, description, count, deaths, sentence.LocationOf(incident.Index, description));

                if (sentence.After("其中") is { } rest)
                {
                    var parts = rest.FindAll(IncidentPartPattern()).ToArray();
                    if (parts.Length > 0)
                    {
                        yield return new BreakdownClaim(description + "起数", count,
                            parts.Select(p => new BreakdownPart(p.Groups["label"].Value, rest.CountOf(p, unit, p.Groups["label"].Value + "起数")!,
                                rest.PercentOf(p, p.Groups["label"].Value + "占比", "s"))).ToArray(),
                            sentence.LocationOf(incident.Index, description));
                        if (deaths is not null && parts.All(p => p.Groups["d"].Success))
                        {
                            yield return new BreakdownClaim(description + "死亡人数", deaths,
                                parts.Select(p => new BreakdownPart(p.Groups["label"].Value, rest.CountOf(p, "人", p.Groups["label"].Value + "死亡人数", "d")!, null)).ToArray(),
                                sentence.LocationOf(incident.Index, description));
                        }
                    }
                }

                continue;
            }

            if (Breakdown(sentence) is { } breakdown)
            {
                yield return breakdown;
            }
        }
    }

    private static BreakdownClaim? Breakdown(Sentence sentence)
    {
        var total = sentence.Find(TotalPattern());
        if (!total.Success || sentence.After(total.Value) is not { } rest)
        {
            return null;
        }

        var unit = total.Groups["u"].Value;
        var subject = total.Groups["subj"].Value;
        var parts = new List<BreakdownPart>();
        foreach (var piece in rest.Split('、', '；', '，'))
        {
            var part = piece.Find(PartPattern());
            if (!part.Success || part.Groups["u"].Value != unit)
            {
                break;
            }

            parts.Add(new BreakdownPart(part.Groups["label"].Value, piece.CountOf(part, unit, part.Groups["label"].Value)!, null));
        }

        return parts.Count < 2 ? null
            : new BreakdownClaim(subject, sentence.CountOf(total, unit, subject)!, parts, sentence.LocationOf(total.Index, subject));
    }

    [GeneratedRegex(@"(?<![未不无])发生(?<desc>[^，。；、\d]{2,20}?事故)共?(?<n>\d+)(?<u>宗|起)(?:、(?:亡|死亡)(?<d>\d+)人)?")]
    private static partial Regex IncidentPattern();

    [GeneratedRegex(@"(?<label>[^，。；、（）\d]+?事故)(?<n>\d+)(?:宗|起)(?:、(?:亡|死亡)(?<d>\d+)人)?(?:（占[^）\d]*?(?<s>" + Num + ")%）)?")]
    private static partial Regex IncidentPartPattern();

    [GeneratedRegex(@"共(?:启动|开展|组织|完成|办理|受理|处理)?(?<subj>[^，。；\d余多]{1,12}?)(?<n>\d+)(?<u>次|个|宗|起|场|家|项|件)，其中，?")]
    private static partial Regex TotalPattern();

    [GeneratedRegex(@"^(?<label>[^\d余多]+?)(?<n>\d+)(?<u>次|个|宗|起|场|家|项|件)$")]
    private static partial Regex PartPattern();
}
