using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Jixiao.Data.Backup;

/// <summary>
/// What backup and restore share: the entity types of the model in insertion order (every principal before its
/// dependents, so tables added later are included without changes here), how values are written as JSON (at the
/// model's CLR level, so the archive is the same for both providers: enums by name, decimals exact, times ISO 8601
/// with offset, byte arrays base64) and the schema name of a migration id.
/// </summary>
internal static class BackupFormat
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>The entity types with a table, principals first, ties by name.</summary>
    public static IReadOnlyList<IEntityType> Tables(IModel model)
    {
        var pending = model.GetEntityTypes().Where(e => !e.IsOwned() && e.GetTableName() is not null).OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
        var ordered = new List<IEntityType>();
        while (pending.Count > 0)
        {
            var next = pending.FirstOrDefault(e => e.GetForeignKeys().All(fk => fk.PrincipalEntityType == e || ordered.Contains(fk.PrincipalEntityType) || !pending.Contains(fk.PrincipalEntityType)))
                ?? throw new InvalidOperationException($"表之间的外键形成循环：{string.Join("、", pending.Select(e => e.GetTableName()))}");
            ordered.Add(next);
            pending.Remove(next);
        }

        return ordered;
    }

    /// <summary>
    /// A value as the archive holds it, the same whichever provider it was read from: a decimal without trailing
    /// zeros (SQLite keeps 0.5 where PostgreSQL's numeric(18,2) gives 0.50); anything else as it is.
    /// </summary>
    public static object? Neutral(object? value) => value is decimal d ? d / 1.0000000000000000000000000000m : value;

    /// <summary>The archive entry of a table.</summary>
    public static string EntryOf(IEntityType type) => $"tables/{type.GetTableName()}.jsonl";

    /// <summary>"20261127184951_FindingDecisions" → "FindingDecisions": the migration's name, shared by both providers' sets.</summary>
    public static string SchemaOf(string migrationId) => migrationId[(migrationId.IndexOf('_', StringComparison.Ordinal) + 1)..];
}
