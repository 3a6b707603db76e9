using Microsoft.Extensions.Logging;

namespace Jixiao.Cli.Jobs;

/// <summary>What a worker logs per import job: one line each, naming the worker, the job and the file.</summary>
internal static partial class ImportJobLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "{Worker} {Job} {File}：报告 {Report} 第 {Version} 版")]
    public static partial void Saved(this ILogger logger, string worker, string job, string file, int report, int version);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Worker} {Job} {File}：已有结果（重复执行，未再保存）")]
    public static partial void AlreadyDone(this ILogger logger, string worker, string job, string file);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Worker} {Job} {File}：未保存：{Failure}")]
    public static partial void Failed(this ILogger logger, string worker, string job, string file, string failure);
}
