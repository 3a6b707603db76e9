using Jixiao.Data.Accounts;

namespace Jixiao.Cli.Commands;

/// <summary>How `department import` and `user import` report a rejected file and an import that changed nothing.</summary>
internal static class ImportReport
{
    /// <summary>Writes every problem (one line each) and a closing line to stderr; true when the import was rejected.</summary>
    public static async Task<bool> RejectedAsync(CliContext context, RosterImportResult result)
    {
        foreach (var problem in result.Problems)
        {
            await context.Error.WriteLineAsync(problem).ConfigureAwait(false);
        }

        if (result.IsRejected)
        {
            await context.Error.WriteLineAsync($"未导入任何数据：有 {result.Problems.Count} 处问题，改正后重新导入").ConfigureAwait(false);
        }

        return result.IsRejected;
    }

    /// <summary>"；数据库没有改变" when the import added and changed nothing.</summary>
    public static string Unchanged(RosterImportResult result) => result.Added + result.Updated == 0 ? "；数据库没有改变" : string.Empty;
}
