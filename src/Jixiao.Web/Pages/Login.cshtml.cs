using Jixiao.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Jixiao.Web.Pages;

/// <summary>登录 (/login): name and password, the same sign-in as `POST /api/session`; 退出 signs out.</summary>
[EnableRateLimiting(SignInRateLimit.PolicyName)]
public sealed class LoginModel : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    /// <summary>Why signing in failed (用户名或密码错误, or the account is locked).</summary>
    public string? Message { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Name) || string.IsNullOrEmpty(Password))
        {
            Message = "请填写用户名和密码";
            return Page();
        }

        var outcome = await SessionSignIn.SignInAsync(HttpContext, Name.Trim(), Password, cancellationToken).ConfigureAwait(false);
        if (outcome.Failure is { } failure)
        {
            Message = failure;
            return Page();
        }

        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }

    public async Task<IActionResult> OnPostSignOutAsync()
    {
        await SessionSignIn.SignOutAsync(HttpContext).ConfigureAwait(false);
        return RedirectToPage();
    }
}
