using System.Text.Json;
using System.Text.Json.Serialization;

namespace Jixiao.Audit.Output;

/// <summary>
/// Compile-time JSON metadata for <see cref="AuditDocument"/> (web names: camelCase), so that a batch writes its audit lines
/// without reflection. <see cref="OutputJson.AuditLine"/> binds it to the options of <see cref="OutputJson.Line"/>; the
/// document holds no enum, so the lines are the same as those options give.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(AuditDocument))]
public sealed partial class AuditJsonContext : JsonSerializerContext;
