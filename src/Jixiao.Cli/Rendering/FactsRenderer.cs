using System.Text.Json;
using Jixiao.Audit.Output;
using Jixiao.Domain.Facts;

namespace Jixiao.Cli.Rendering;

/// <summary>Writes key figures as the facts JSON of CONTRACTS.md or NDJSON; CSV rows are <see cref="FactsCsv"/>'s.</summary>
public static class FactsRenderer
{
    public static string Json(KeyFigures figures, bool indented) =>
        JsonSerializer.Serialize(FactsDocument.Of(figures), indented ? OutputJson.Indented : OutputJson.Line);
}
