using Jixiao.Web;

await JixiaoWeb.Build(WebApplication.CreateBuilder(args)).RunAsync().ConfigureAwait(false);

/// <summary>The entry point, public so that tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
