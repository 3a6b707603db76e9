using System.Diagnostics;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Data.Storage;
using Jixiao.Documents.Json;

namespace Jixiao.LoadBench;

/// <summary>
/// Seeds a database the way uploads would: for each department and year, the sample with that department and year,
/// audited (<see cref="AuditedDraft"/>) and saved as a version through <see cref="ReportStore.SaveVersionAsync"/>, so
/// the findings and digest columns are those of a real upload; plus the reviewer the run signs in as.
/// </summary>
internal static class Seeder
{
    public static async Task<int> RunAsync(Options options)
    {
        var connection = StorageConnection.Parse(options.Db);
        await connection.MigrateAsync();
        await using var db = await connection.OpenAsync();
        var store = new ReportStore(db);
        var user = await store.AddUserAsync(Options.Reviewer, UserRole.Reviewer, null, Options.Password);
        var sample = ModelJson.Deserialize(await File.ReadAllTextAsync(options.Sample)) ?? throw new InvalidOperationException($"{options.Sample} 不是模型 JSON");
        var timer = Stopwatch.StartNew();
        for (var d = 0; d < options.Departments; d++)
        {
            foreach (var year in options.Years)
            {
                var model = sample with { Department = $"基准部门{d:000}", Year = year };
                await store.SaveVersionAsync(AuditedDraft.Of(model, "bench.json").Draft, user);
            }
        }

        Console.WriteLine($"已写入 {options.Departments * options.Years.Length} 个版本（{options.Departments} 个部门 × {options.Years.Length} 年），用时 {timer.Elapsed.TotalSeconds:0.0} s；审核人 {Options.Reviewer}");
        return 0;
    }
}
