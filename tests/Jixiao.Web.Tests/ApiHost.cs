using System.Net.Http.Headers;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Data.Storage;
using Jixiao.Testing.Databases;
using Jixiao.Web;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests;

/// <summary>
/// The API in memory over a fresh, migrated database, with two departments and a token for a reviewer and for a user
/// of each department.
/// </summary>
public sealed class ApiHost : IAsyncDisposable
{
    /// <summary>Department A: the department the bundled sample names.</summary>
    public const string DepartmentA = "广州市天河区应急管理局";

    public const string DepartmentB = "广州市越秀区应急管理局";

    private readonly WebApplicationFactory<Program> factory;

    private ApiHost(WebApplicationFactory<Program> factory, StorageConnection connection, string reviewer, string userA, string userB)
    {
        this.factory = factory;
        Connection = connection;
        ReviewerToken = reviewer;
        UserAToken = userA;
        UserBToken = userB;
    }

    public StorageConnection Connection { get; }

    public string ReviewerToken { get; }

    public string UserAToken { get; }

    public string UserBToken { get; }

    /// <summary>The running app's services (e.g. its route table).</summary>
    public IServiceProvider Services => factory.Services;

    /// <summary>Starts the API; <paramref name="settings"/> are extra configuration settings (e.g. limits).</summary>
    public static async Task<ApiHost> StartAsync(IDatabaseServer server, CancellationToken cancellationToken, IReadOnlyDictionary<string, string>? settings = null)
    {
        var connection = server.NewDatabase();
        await connection.MigrateAsync(cancellationToken);
        await using var db = await connection.OpenAsync(cancellationToken);
        var store = new ReportStore(db);
        var reviewer = await store.IssueTokenAsync(await store.AddUserAsync("审核员", UserRole.Reviewer, null, null, cancellationToken), cancellationToken);
        var userA = await store.IssueTokenAsync(await store.AddUserAsync("天河", UserRole.Department, DepartmentA, null, cancellationToken), cancellationToken);
        var userB = await store.IssueTokenAsync(await store.AddUserAsync("越秀", UserRole.Department, DepartmentB, null, cancellationToken), cancellationToken);
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting(JixiaoWeb.DbSetting, connection.ConnectionString);

            // Never the default port 5000 (a server running on this machine may hold it) when served over HTTP.
            builder.UseSetting("urls", "http://127.0.0.1:0");
            foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            {
                builder.UseSetting(key, value);
            }
        });
        return new ApiHost(factory, connection, reviewer, userA, userB);
    }

    /// <summary>A client with no credentials, or signed in with <paramref name="token"/>.</summary>
    public HttpClient Client(string? token = null)
    {
        var client = factory.CreateClient();
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    /// <summary>
    /// Adds a user and returns their token; a department user's department is created when needed, as a 下属单位 of
    /// <paramref name="parent"/> when that is given.
    /// </summary>
    public async Task<string> AddUserAsync(string name, UserRole role, string? department = null, string? parent = null)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var db = await Connection.OpenAsync(cancellationToken);
        var store = new ReportStore(db);
        var user = await store.AddUserAsync(name, role, department, null, cancellationToken);
        if (department is not null && parent is not null)
        {
            var parentId = (await store.EnsureDepartmentAsync(parent, cancellationToken)).Id;
            var child = await db.Departments.SingleAsync(d => d.Name == department, cancellationToken);
            child.ParentId = parentId;
            await db.SaveChangesAsync(cancellationToken);
        }

        return await store.IssueTokenAsync(user, cancellationToken);
    }

    /// <summary>
    /// Serves the app on a real loopback port (Kestrel) for a browser, and returns its address; call it before any
    /// <see cref="Client"/>.
    /// </summary>
    public Uri ServeOverHttp()
    {
        factory.UseKestrel(0);
        factory.StartServer();
        var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        return new Uri(addresses.First());
    }

    public ValueTask DisposeAsync() => factory.DisposeAsync();
}
