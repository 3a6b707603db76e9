using Jixiao.Data.Entities;

namespace Jixiao.Web;

/// <summary>The API's errors: application/problem+json with a Chinese title and a stable code.</summary>
public static class Problems
{
    public static IResult Unauthorized(string detail) => Of(StatusCodes.Status401Unauthorized, "unauthorized", "未登录或令牌无效", detail);

    public static IResult NotFound(string detail) => Of(StatusCodes.Status404NotFound, "not-found", "找不到", detail);

    public static IResult Forbidden(string detail) => Of(StatusCodes.Status403Forbidden, "forbidden", "无权进行此操作", detail);

    public static IResult BadRequest(string detail) => Of(StatusCodes.Status400BadRequest, "bad-request", "请求有误", detail);

    public static IResult TooLarge(string detail) => TooLarge("文件过大", detail);

    /// <summary>A 413 whose title names the limit that was exceeded (e.g. “附件超过单个文件 20 MB 的上限”).</summary>
    public static IResult TooLarge(string title, string detail) => Of(StatusCodes.Status413PayloadTooLarge, "too-large", title, detail);

    public static IResult UnknownDepartment(string detail) => Of(StatusCodes.Status422UnprocessableEntity, "unknown-department", "部门不存在", detail);

    public static IResult UnreadableInput(string detail) => Of(StatusCodes.Status422UnprocessableEntity, "unreadable-input", "无法读取文件", detail);

    public static IResult MissingYear(string detail) => Of(StatusCodes.Status422UnprocessableEntity, "missing-year", "缺少年度", detail);

    public static IResult Conflict(string detail) => Of(StatusCodes.Status409Conflict, "conflict", "已被他人修改", detail);

    /// <summary>The report's status does not allow the action; the title names the status (“报告草稿”, “报告在主管部门审核中”).</summary>
    public static IResult WrongState(ReportStatus current, string detail) =>
        Of(StatusCodes.Status409Conflict, "wrong-state", ReportStatusNames.Sentence(current), detail);

    public static IResult Stale(string detail) => Of(StatusCodes.Status412PreconditionFailed, "stale", "版本已过期", detail);

    public static IResult Unavailable(string detail) => Of(StatusCodes.Status503ServiceUnavailable, "unavailable", "服务器暂不能生成此格式", detail);

    /// <summary>A server setting names a file that cannot be used (e.g. the 结果应用 rule); the detail says which and why.</summary>
    public static IResult Misconfigured(string detail) => Of(StatusCodes.Status500InternalServerError, "misconfigured", "服务器设置有误", detail);

    public static IResult RenderFailed(string detail) => Of(StatusCodes.Status500InternalServerError, "render-failed", "报告生成失败", detail);

    /// <summary>Wrong name or password; the same answer whether or not the user exists.</summary>
    public static IResult SignInFailed() => Of(StatusCodes.Status401Unauthorized, "sign-in-failed", "用户名或密码错误", "用户名或密码错误");

    /// <summary>The account is locked after too many wrong passwords; the detail says for how many more minutes.</summary>
    public static IResult Locked(int minutes) => Of(StatusCodes.Status423Locked, "locked", "账户已锁定", Security.SessionSignIn.LockedMessage(minutes));

    public static IResult TooManyRequests(string detail) => Of(StatusCodes.Status429TooManyRequests, "too-many-requests", "请求过于频繁", detail);

    /// <summary>A change made with a session cookie that does not prove it comes from Jixiao's own pages or scripts.</summary>
    public static IResult CrossSite(string detail) => Of(StatusCodes.Status403Forbidden, "cross-site", "无法确认请求来源", detail);

    private static IResult Of(int status, string code, string title, string detail) =>
        Results.Problem(detail: detail, statusCode: status, title: title, extensions: new Dictionary<string, object?> { ["code"] = code });
}
