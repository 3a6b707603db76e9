using Jixiao.Data.Entities;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Jixiao.Web.Pages.Admin;

/// <summary>
/// A 管理 page: only administrators reach its handlers; anyone else signed in gets 403 with one Chinese line, as the
/// admin-only API (`PUT /api/deadlines/{year}`) answers.
/// </summary>
public abstract class AdminPage : WorkbenchPage
{
    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (Caller.Role != UserRole.Admin)
        {
            context.Result = new ContentResult
            {
                StatusCode = StatusCodes.Status403Forbidden,
                ContentType = "text/plain; charset=utf-8",
                Content = "只有管理员才能使用管理页面",
            };
            return;
        }

        await next().ConfigureAwait(false);
    }
}
