using System.Reflection;
using Microsoft.Extensions.FileProviders;

namespace Jixiao.Web.Workbench;

/// <summary>
/// The workbench's stylesheet and script (wwwroot), embedded in the assembly so that `jixiao serve` finds them whatever
/// its working folder; served from the site root (/workbench.css, /workbench.js).
/// </summary>
public static class WorkbenchAssets
{
    public static IFileProvider Files { get; } = new EmbeddedFileProvider(Assembly.GetExecutingAssembly(), "Jixiao.Web.wwwroot");
}
