using Jixiao.Web.Security;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Pages;

/// <summary>A workbench page for signed-in users (the folder is authorized): the caller and a message to show.</summary>
public abstract class WorkbenchPage : PageModel
{
    /// <summary>The signed-in user; pages are only reached with a session.</summary>
    public Caller Caller => Caller.Of(User) ?? throw new InvalidOperationException("workbench page reached without a signed-in user");

    /// <summary>An error to show at the top of the page (role="alert"); null when none.</summary>
    public string? Message { get; protected set; }

    /// <summary>
    /// A POST that names no handler of the page (Razor Pages would render the page without loading it) is a 404, like
    /// any other address the page does not serve.
    /// </summary>
    [NonHandler]
    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.HandlerMethod is null && !HttpMethods.IsGet(Request.Method) && !HttpMethods.IsHead(Request.Method))
        {
            context.Result = NotFound();
        }
    }
}
