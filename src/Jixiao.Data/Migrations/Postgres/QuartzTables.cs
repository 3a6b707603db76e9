using System.Reflection;
using System.Text.RegularExpressions;

namespace Jixiao.Data.Migrations.Postgres;

/// <summary>
/// The Quartz.NET job store tables (<c>qrtz_*</c>) for the clustered worker: the statements of the embedded
/// <c>QuartzTables.sql</c>, Quartz 4.7.3's own PostgreSQL schema. Not part of the EF model: Quartz owns their rows, and
/// backups leave them out (pending jobs are transient).
/// </summary>
internal static partial class QuartzTables
{
    private const string Resource = "Jixiao.Data.Migrations.Postgres.QuartzTables.sql";

    /// <summary>The tables, children first, as <c>Down</c> drops them.</summary>
    public static readonly string[] Names =
    [
        "qrtz_fired_triggers", "qrtz_paused_trigger_grps", "qrtz_paused_job_grps", "qrtz_scheduler_state", "qrtz_locks",
        "qrtz_simple_triggers", "qrtz_cron_triggers", "qrtz_simprop_triggers", "qrtz_blob_triggers", "qrtz_triggers",
        "qrtz_job_details", "qrtz_calendars", "qrtz_execution_history", "qrtz_misfire_history", "qrtz_job_status",
    ];

    /// <summary>The script's statements, without comment lines.</summary>
    public static IEnumerable<string> Statements()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"missing resource {Resource}");
        using var reader = new StreamReader(stream);
        return Separator().Split(reader.ReadToEnd())
            .Select(part => string.Join('\n', part.Split('\n').Where(line => !line.StartsWith("--", StringComparison.Ordinal))).Trim())
            .Where(statement => statement.Length > 0)
            .ToArray();
    }

    [GeneratedRegex(@"^--;;\r?$", RegexOptions.Multiline)]
    private static partial Regex Separator();
}
