namespace Jixiao.Data.Storage;

/// <summary>
/// Marks a save as the work of an import job: the job's unique key, the SHA-256 of the file it read and the worker
/// running it. <see cref="ReportStore.SaveVersionAsync"/> stores an <see cref="Entities.ImportResult"/> with the
/// version, in the same transaction.
/// </summary>
public sealed record JobReceipt(string JobKey, string FileHash, string Worker);
