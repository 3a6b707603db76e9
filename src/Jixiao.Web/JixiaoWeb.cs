using System.Text.Encodings.Web;
using Jixiao.Data;
using Jixiao.Data.Storage;
using Jixiao.Documents;
using Jixiao.Web.Endpoints;
using Jixiao.Web.Security;
using Microsoft.AspNetCore.Http.Features;

namespace Jixiao.Web;

/// <summary>
/// The JSON API's composition root, shared by `dotnet run --project src/Jixiao.Web` and `jixiao serve`: the database
/// comes from the setting "db" (`--db`), else ConnectionStrings:Jixiao (environment ConnectionStrings__Jixiao), else ./jixiao.db.
/// </summary>
public static class JixiaoWeb
{
    /// <summary>The configuration key of the database (`--db PATH|CONNSTRING`).</summary>
    public const string DbSetting = "db";

    /// <summary>Room for the multipart envelope around a file of the largest accepted size.</summary>
    private const long MultipartOverhead = 64 * 1024;

    public static WebApplication Build(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var limits = ReaderLimits.Default;
        services.AddSingleton(limits);
        services.AddSingleton(provider =>
        {
            var configuration = provider.GetRequiredService<IConfiguration>();
            return StorageConnection.Parse(configuration[DbSetting] ?? configuration.GetConnectionString("Jixiao"));
        });
        services.AddHostedService<StorageStartup>();
        services.AddScoped(provider => provider.GetRequiredService<StorageConnection>().CreateContext());
        services.AddScoped(provider => new ReportStore(provider.GetRequiredService<JixiaoDbContext>()));
        services.AddScoped<ReportAccess>();
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
            options.SerializerOptions.PropertyNameCaseInsensitive = true;
        });
        services.Configure<FormOptions>(options => options.MultipartBodyLengthLimit = limits.MaxFileBytes + MultipartOverhead);
        builder.WebHost.ConfigureKestrel(options => options.Limits.MaxRequestBodySize = limits.MaxFileBytes + MultipartOverhead);
        services.AddAuthentication(BearerAuthentication.SchemeName)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, BearerAuthentication>(BearerAuthentication.SchemeName, null);
        services.AddAuthorization();

        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGet("/healthz", () => Results.Text("ok"));
        var api = app.MapGroup("/api").RequireAuthorization();
        UploadEndpoint.Map(api);
        ReportEndpoints.Map(api);
        FindingEndpoints.Map(api);
        WorkflowEndpoints.Map(api);
        OutputEndpoints.Map(api);
        return app;
    }
}
