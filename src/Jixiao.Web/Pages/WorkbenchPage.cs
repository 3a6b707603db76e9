using Jixiao.Web.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Pages;

/// <summary>A workbench page for signed-in users (the folder is authorized): the caller and a message to show.</summary>
public abstract class WorkbenchPage : PageModel
{
    /// <summary>The signed-in user; pages are only reached with a session.</summary>
    public Caller Caller => Caller.Of(User) ?? throw new InvalidOperationException("workbench page reached without a signed-in user");

    /// <summary>An error to show at the top of the page (role="alert"); null when none.</summary>
    public string? Message { get; protected set; }
}
