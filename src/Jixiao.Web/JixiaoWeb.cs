using System.Text.Encodings.Web;
using Jixiao.Data;
using Jixiao.Data.Storage;
using Jixiao.Documents;
using Jixiao.Web.Dashboards;
using Jixiao.Web.Endpoints;
using Jixiao.Web.ReportViews;
using Jixiao.Web.Security;
using Jixiao.Web.Workbench;
using Microsoft.AspNetCore.Http.Features;

namespace Jixiao.Web;

/// <summary>
/// The JSON API's and the workbench pages' composition root, shared by `dotnet run --project src/Jixiao.Web` and `jixiao serve`. Settings come
/// from <see cref="WebConfiguration"/>: the database from "db" (`--db`), else ConnectionStrings:Jixiao, else ./jixiao.db;
/// the addresses from "urls" (`--urls`), else <see cref="DefaultUrls"/>. Callers sign in with a bearer token or a session.
/// </summary>
public static class JixiaoWeb
{
    /// <summary>The configuration key of the database (`--db PATH|CONNSTRING`).</summary>
    public const string DbSetting = "db";

    /// <summary>Where the server listens when no address is configured.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5000";

    /// <summary>The settings that name the addresses to listen on.</summary>
    private static readonly string[] AddressSettings = ["urls", "http_ports", "https_ports"];

    /// <summary>Room for the multipart envelope around a file of the largest accepted size.</summary>
    private const long MultipartOverhead = 64 * 1024;

    public static WebApplication Build(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        WebConfiguration.Layer(builder.Configuration);
        if (AddressSettings.All(key => string.IsNullOrWhiteSpace(builder.Configuration[key])))
        {
            builder.WebHost.UseUrls(DefaultUrls);
        }

        var services = builder.Services;
        services.AddSingleton(provider => WebSettings.From(provider.GetRequiredService<IConfiguration>()));
        services.AddSingleton(provider => provider.GetRequiredService<WebSettings>().Limits);
        services.AddSingleton(provider =>
        {
            var configuration = provider.GetRequiredService<IConfiguration>();
            return StorageConnection.Parse(configuration[DbSetting] ?? configuration.GetConnectionString("Jixiao"));
        });
        services.AddHostedService<StorageStartup>();
        services.AddScoped(provider => provider.GetRequiredService<StorageConnection>().CreateContext());
        services.AddScoped(provider => new ReportStore(provider.GetRequiredService<JixiaoDbContext>(), provider.GetService<TimeProvider>()));
        services.AddScoped<ReportAccess>();
        services.AddSingleton<DashboardCache>();
        services.AddSingleton<ReportViewCache>();
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
            options.SerializerOptions.PropertyNameCaseInsensitive = true;
        });
        services.AddOptions<FormOptions>().Configure<ReaderLimits>((options, limits) =>
        {
            options.MultipartBodyLengthLimit = limits.MaxFileBytes + MultipartOverhead;
            options.ValueCountLimit = WorkbookForm.MaxPostedValues;
        });
        builder.WebHost.ConfigureKestrel(options =>
            options.Limits.MaxRequestBodySize = options.ApplicationServices.GetRequiredService<ReaderLimits>().MaxFileBytes + MultipartOverhead);
        services.AddJixiaoAuthentication();
        services.AddAuthorization();
        services.AddAntiforgery();
        services.AddSignInRateLimit();
        services.AddRazorPages(options => options.Conventions.AuthorizeFolder("/").AllowAnonymousToPage("/Login"));

        var app = builder.Build();
        app.UseMiddleware<RequestLogging>();
        app.UseMiddleware<SecurityHeaders>();
        app.UseStatusCodePages(context => context.HttpContext.Response.StatusCode == StatusCodes.Status404NotFound
            ? Problems.NotFound($"没有这个地址：{context.HttpContext.Request.Path}").ExecuteAsync(context.HttpContext)
            : Task.CompletedTask);
        app.UseStaticFiles(new StaticFileOptions { FileProvider = WorkbenchAssets.Files });
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseMiddleware<RequestForgeryProtection>();
        app.MapGet("/healthz", () => Results.Text("ok"));
        var api = app.MapGroup("/api").RequireAuthorization();
        SessionEndpoints.Map(api);
        UploadEndpoint.Map(api);
        ReportEndpoints.Map(api);
        FindingEndpoints.Map(api);
        WorkflowEndpoints.Map(api);
        OutputEndpoints.Map(api);
        DeadlineEndpoints.Map(api);
        AttachmentEndpoints.Map(api);
        DashboardEndpoints.Map(api);
        ResultApplicationEndpoints.Map(api);
        ReviewLetterEndpoints.Map(api);
        BulkExportEndpoints.Map(api);
        app.MapRazorPages();
        return app;
    }
}
