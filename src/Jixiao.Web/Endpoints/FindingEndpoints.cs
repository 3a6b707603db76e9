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

        var decisions = await store.DecisionsAsync(id, found.Number, cancellationToken).ConfigureAwait(false);
        var current = new Dictionary<string, DecisionRecord>(StringComparer.Ordinal);
        foreach (var decision in decisions)
        {
            current[decision.Fingerprint] = decision;
        }

        var report = ReportEndpoints.Model(found);
        var result = new AuditEngine().Audit(report);
        var document = JsonSerializer.SerializeToNode(AuditDocument.Of(report, result, scheme: null), OutputJson.Indented)!;
        var findings = document["findings"]!.AsArray();
        for (var i = 0; i < result.Findings.Count; i++)
        {
            var fingerprint = FindingFingerprint.Of(result.Findings[i]);
            var finding = findings[i]!.AsObject();
            finding["fingerprint"] = fingerprint;
            finding["decision"] = current.TryGetValue(fingerprint, out var d)
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
        if (await access.VisibleReportAsync(caller, id, cancellationToken).ConfigureAwait(false) is not { } report)
        {
            return Problems.NotFound($"报告 {id} 不存在");
        }

        if (caller.IsDepartmentUser && caller.DepartmentId != report.DepartmentId)
        {
            return Problems.Forbidden("只有审核人、管理员或报告所属部门的用户才能处理发现");
        }

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

        if (body is null)
        {
            return Problems.BadRequest("请求体应为 JSON：{\"ruleId\", \"fingerprint\", \"decision\": \"explained\"|\"false-positive\", \"text\"}");
        }

        if (string.IsNullOrWhiteSpace(body.RuleId) || string.IsNullOrWhiteSpace(body.Fingerprint))
        {
            return Problems.BadRequest("须给出发现的 ruleId 和 fingerprint（见 GET …/findings）");
        }

        if (Parse(body.Decision) is not { } kind)
        {
            return Problems.BadRequest($"处理“{body.Decision}”不存在，可选 explained（已说明）、false-positive（误报）");
        }

        if (string.IsNullOrWhiteSpace(body.Text))
        {
            return Problems.BadRequest(kind == FindingDecisionKind.Explained ? "标记为已说明须写说明（text）" : "标记为误报须写理由（text）");
        }

        var current = await store.FindVersionAsync(id, null, cancellationToken).ConfigureAwait(false);
        if (current is null)
        {
            return Problems.NotFound($"报告 {id} 没有版本");
        }

        if (!IfMatch.Holds(request, current))
        {
            return IfMatch.Stale(current);
        }

        var ruleId = body.RuleId.Trim();
        var fingerprint = body.Fingerprint.Trim();
        var model = ReportEndpoints.Model(current);
        if (!new AuditEngine().Audit(model).Findings.Any(f => f.RuleId == ruleId && FindingFingerprint.Of(f) == fingerprint))
        {
            return Problems.NotFound($"报告 {id} 第 {current.Number} 版没有规则 {ruleId}、指纹 {fingerprint} 的发现");
        }

        FindingDecision stored;
        try
        {
            stored = await store.DecideFindingAsync(id, ruleId, fingerprint, kind, body.Text, caller.AsUser(), current.Number, cancellationToken).ConfigureAwait(false);
        }
        catch (WrongStateException e)
        {
            return Problems.WrongState(e.Current, e.Message);
        }
        catch (ConcurrentModificationException e)
        {
            return Problems.Conflict(e.Message);
        }

        request.HttpContext.Response.Headers.ETag = VersionETag.Of(current);
        return Results.Ok(new
        {
            id,
            ruleId,
            fingerprint,
            decision = Code(stored.Decision),
            text = stored.Text,
            by = caller.Name,
            at = stored.When,
            version = stored.VersionNumber,
        });
    }

    private static string Code(FindingDecisionKind kind) => kind == FindingDecisionKind.Explained ? "explained" : "false-positive";

    private static FindingDecisionKind? Parse(string? decision) => decision?.Trim() switch
    {
        "explained" or "已说明" => FindingDecisionKind.Explained,
        "false-positive" or "误报" => FindingDecisionKind.FalsePositive,
        _ => null,
    };

    /// <summary>The body of `POST …/findings/decisions`.</summary>
    private sealed record DecisionBody(string? RuleId, string? Fingerprint, string? Decision, string? Text);
}
