using System.Text.Json;
using System.Text.Json.Serialization;

namespace Jixiao.Audit.Output;

/// <summary>
/// Compile-time JSON metadata for <see cref="AuditDocument"/> (web names: camelCase), so that a batch writes its audit lines
/// without reflection. <see cref="OutputJson.AuditLine"/> binds it to options made as <see cref="OutputJson.Line"/>'s are, so the
/// lines are the same.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(AuditDocument))]
public sealed partial class AuditJsonContext : JsonSerializerContext;
