using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Jixiao.Data.Entities;
using Jixiao.Data.Storage;

namespace Jixiao.Web.Tests.Pages;

/// <summary>
/// A browser-like client of the workbench pages in memory: signed in through the 登录 form, keeping its cookies, posting
/// forms with the antiforgery token of the page they are on, and reading answers as HTML (AngleSharp).
/// </summary>
internal sealed class PageSession(HttpClient client)
{
    public const string Password = "Jixiao-页面-2026";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public HttpClient Client => client;

    /// <summary>Adds a user with <see cref="Password"/> (the department is created when needed) and signs in as them.</summary>
    public static async Task<PageSession> SignInAsync(ApiHost host, string name, UserRole role, string? department = null)
    {
        await using (var db = await host.Connection.OpenAsync(Cancel))
        {
            await new ReportStore(db).AddUserAsync(name, role, department, Password, Cancel);
        }

        var session = new PageSession(host.Client());
        var page = await session.PostAsync("/login", null, new Dictionary<string, string> { ["name"] = name, ["password"] = Password });
        Assert.Contains(name, page.QuerySelector(".jx-signout")?.TextContent ?? string.Empty, StringComparison.Ordinal);
        return session;
    }

    public static async Task<IHtmlDocument> Html(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}：{text}");
        return new HtmlParser().ParseDocument(text);
    }

    public async Task<IHtmlDocument> GetAsync(string url)
    {
        using var response = await client.GetAsync(url, Cancel);
        return await Html(response);
    }

    /// <summary>Posts <paramref name="fields"/> to a page's handler (null: the page's default POST) and reads the answer.</summary>
    public async Task<IHtmlDocument> PostAsync(string page, string? handler, IReadOnlyDictionary<string, string> fields)
    {
        using var response = await SendAsync(page, handler, fields);
        return await Html(response);
    }

    /// <summary>Posts a file (field `file`) to a page's handler and reads the answer.</summary>
    public async Task<IHtmlDocument> PostFileAsync(string page, string handler, string name, byte[] bytes)
    {
        using var response = await SendAsync(page, handler, new Dictionary<string, string>(), Upload.Form(name, bytes));
        return await Html(response);
    }

    /// <summary>Posts to a page as its form would: multipart, with the antiforgery token read from the page's GET.</summary>
    public async Task<HttpResponseMessage> SendAsync(string page, string? handler, IReadOnlyDictionary<string, string> fields, MultipartFormDataContent? body = null)
    {
        var token = (await GetAsync(page)).QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");
        Assert.False(string.IsNullOrEmpty(token), $"{page} 的表单应带防伪令牌");
        body ??= [];
        foreach (var (key, value) in fields.Append(new("__RequestVerificationToken", token!)))
        {
            body.Add(new StringContent(value), key);
        }

        return await client.PostAsync(handler is null ? page : $"{page}?handler={handler}", body, Cancel);
    }
}
