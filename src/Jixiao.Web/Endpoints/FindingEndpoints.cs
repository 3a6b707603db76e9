using System.Text.Json;
using System.Text.Json.Nodes;
using Jixiao.Audit.Engine;
using Jixiao.Audit.Output;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Data.Storage;
using Jixiao.Web.Security;

namespace Jixiao.Web.Endpoints;

/// <summary>
/// A version's findings (`GET …/findings`: the audit JSON with each finding's `fingerprint` and current `decision`) and
/// decisions on them (`POST …/findings/decisions`: 已说明 or 误报, by a reviewer, an admin or a user of the report's
/// department). A decision made on a version holds on later versions while the finding keeps its fingerprint.
/// </summary>
public static class FindingEndpoints
{
    private const string Json = "application/json; charset=utf-8";

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/reports/{id:int}/findings", Findings);
        api.MapPost("/reports/{id:int}/findings/decisions", Decide);
    }

    private static async Task<IResult> Findings(int id, int? version, Caller caller, ReportAccess access, ReportStore store, HttpResponse response, CancellationToken cancellationToken)
    {
        var (found, problem) = await ReportEndpoints.VisibleVersionAsync(id, version, caller, access, store, cancellationToken).ConfigureAwait(false);
        if (found is null)
        {
            return problem!;
        }

        var findings = await VersionFindings.OfAsync(found, store, cancellationToken).ConfigureAwait(false);
        var document = JsonSerializer.SerializeToNode(findings.Document, OutputJson.Indented)!;
        var items = document["findings"]!.AsArray();
        for (var i = 0; i < findings.Fingerprints.Count; i++)
        {
            var finding = items[i]!.AsObject();
            finding["fingerprint"] = findings.Fingerprints[i];
            finding["decision"] = findings.Decisions[i] is { } d
                ? new JsonObject
                {
                    ["decision"] = Code(d.Decision),
                    ["text"] = d.Text,
                    ["by"] = d.By,
                    ["at"] = JsonSerializer.SerializeToNode(d.When, OutputJson.Indented),
                    ["version"] = d.VersionNumber,
                }
                : null;
        }

        response.Headers.ETag = VersionETag.Of(found);
        return Results.Text(document.ToJsonString(OutputJson.Indented), Json);
    }

    private static async Task<IResult> Decide(int id, HttpRequest request, Caller caller, ReportAccess access, ReportStore store, CancellationToken cancellationToken)
    {
        DecisionBody? body = null;
        if (request.HasJsonContentType())
        {
            try
            {
                body = await request.ReadFromJsonAsync<DecisionBody>(cancellationToken).ConfigureAwait(false);
            }
            catch (JsonException)
            {
                body = null;
            }
        }

        var (stored, current, problem) = await DecideAsync(id, body, version => IfMatch.Holds(request, version), caller, access, store, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            return problem!;
        }

        request.HttpContext.Response.Headers.ETag = VersionETag.Of(current!);
        return Results.Ok(new
        {
            id,
            ruleId = stored.RuleId,
            fingerprint = stored.Fingerprint,
            decision = Code(stored.Decision),
            text = stored.Text,
            by = caller.Name,
            at = stored.When,
            version = stored.VersionNumber,
        });
    }

    /// <summary>
    /// Records a decision on a finding of the report's current version, for the API and the workbench alike: the decision
    /// and the version, or the problem. <paramref name="holds"/> must accept the current version (If-Match), else 412.
    /// </summary>
    internal static async Task<(FindingDecision? Stored, ReportVersion? Current, IResult? Problem)> DecideAsync(
        int id, DecisionBody? body, Func<ReportVersion?, bool> holds, Caller caller, ReportAccess access, ReportStore store, CancellationToken cancellationToken)
    {
        if (await access.VisibleReportAsync(caller, id, cancellationToken).ConfigureAwait(false) is not { } report)
        {
            return (null, null, Problems.NotFound($"报告 {id} 不存在"));
        }

        if (!MayDecide(caller, report))
        {
            return (null, null, Problems.Forbidden("只有审核人、管理员或报告所属部门的用户才能处理发现"));
        }

        if (body is null)
        {
            return (null, null, Problems.BadRequest("请求体应为 JSON：{\"ruleId\", \"fingerprint\", \"decision\": \"explained\"|\"false-positive\", \"text\"}"));
        }

        if (string.IsNullOrWhiteSpace(body.RuleId) || string.IsNullOrWhiteSpace(body.Fingerprint))
        {
            return (null, null, Problems.BadRequest("须给出发现的 ruleId 和 fingerprint（见 GET …/findings）"));
        }

        if (Parse(body.Decision) is not { } kind)
        {
            return (null, null, Problems.BadRequest($"处理“{body.Decision}”不存在，可选 explained（已说明）、false-positive（误报）"));
        }

        if (string.IsNullOrWhiteSpace(body.Text))
        {
            return (null, null, Problems.BadRequest(kind == FindingDecisionKind.Explained ? "标记为已说明须写说明（text）" : "标记为误报须写理由（text）"));
        }

        var current = await store.FindVersionAsync(id, null, cancellationToken).ConfigureAwait(false);
        if (current is null)
        {
            return (null, null, Problems.NotFound($"报告 {id} 没有版本"));
        }

        if (!holds(current))
        {
            return (null, current, IfMatch.Stale(current));
        }

        var ruleId = body.RuleId.Trim();
        var fingerprint = body.Fingerprint.Trim();
        var model = ReportEndpoints.Model(current);
        if (!new AuditEngine().Audit(model).Findings.Any(f => f.RuleId == ruleId && FindingFingerprint.Of(f) == fingerprint))
        {
            return (null, current, Problems.NotFound($"报告 {id} 第 {current.Number} 版没有规则 {ruleId}、指纹 {fingerprint} 的发现"));
        }

        try
        {
            var stored = await store.DecideFindingAsync(id, ruleId, fingerprint, kind, body.Text, caller.AsUser(), current.Number, cancellationToken).ConfigureAwait(false);
            return (stored, current, null);
        }
        catch (WrongStateException e)
        {
            return (null, current, Problems.WrongState(e.Current, e.Message));
        }
        catch (ConcurrentModificationException e)
        {
            return (null, current, Problems.Conflict(e.Message));
        }
    }

    /// <summary>Reviewers, admins and users of the report's own department may decide on its findings.</summary>
    internal static bool MayDecide(Caller caller, StoredReport report) => !caller.IsDepartmentUser || caller.DepartmentId == report.DepartmentId;

    private static string Code(FindingDecisionKind kind) => kind == FindingDecisionKind.Explained ? "explained" : "false-positive";

    private static FindingDecisionKind? Parse(string? decision) => decision?.Trim() switch
    {
        "explained" or "已说明" => FindingDecisionKind.Explained,
        "false-positive" or "误报" => FindingDecisionKind.FalsePositive,
        _ => null,
    };

    /// <summary>The body of `POST …/findings/decisions`.</summary>
    internal sealed record DecisionBody(string? RuleId, string? Fingerprint, string? Decision, string? Text);
}
