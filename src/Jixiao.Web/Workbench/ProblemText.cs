using Microsoft.AspNetCore.Http.HttpResults;

namespace Jixiao.Web.Workbench;

/// <summary>
/// The sentence a workbench page shows for an API problem: its detail, except that a stale version (412) or a
/// concurrent change (409 conflict) says “已被他人修改，请刷新后重试”.
/// </summary>
public static class ProblemText
{
    public const string Stale = "已被他人修改，请刷新后重试";

    public static string Of(IResult problem) => problem switch
    {
        ProblemHttpResult { StatusCode: StatusCodes.Status412PreconditionFailed } => Stale,
        ProblemHttpResult p when p.ProblemDetails.Extensions.TryGetValue("code", out var code) && "conflict".Equals(code) => Stale,
        ProblemHttpResult p => p.ProblemDetails.Detail ?? p.ProblemDetails.Title ?? "操作失败",
        _ => "操作失败",
    };
}
