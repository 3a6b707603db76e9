using System.Globalization;
using System.Text.Json.Nodes;
using Jixiao.Testing;

namespace Jixiao.Web.Tests;

/// <summary>The bundled sample model JSON with one figure changed: 决算支出 (expenditure.actual, printed 4045.94 万元) set to another amount.</summary>
internal static class ChangedSample
{
    public const string Original = "4045.94";

    public const string Changed = "4145.94";

    /// <summary>The sample's JSON with 决算支出 = <see cref="Changed"/> 万元 (text and value in 元).</summary>
    public static string Json()
    {
        var model = JsonNode.Parse(File.ReadAllText(BundledSample.Path))!;
        var actual = model["expenditure"]!["actual"]!;
        Assert.Equal(Original, actual["text"]!.GetValue<string>());
        actual["text"] = Changed;
        actual["value"] = decimal.Parse(Changed, CultureInfo.InvariantCulture) * 10000m;
        return model.ToJsonString();
    }
}
