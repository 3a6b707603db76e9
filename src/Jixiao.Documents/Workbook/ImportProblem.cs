using Jixiao.Domain.Reports;

namespace Jixiao.Documents.Workbook;

/// <summary>
/// Something the importer found in a workbook, naming the cell: an error (the workbook is not imported, e.g.
/// "预算执行明细!F12：不是数字") or a warning (imported, kept as a reading problem of the model, e.g. an empty required cell).
/// </summary>
/// <param name="Cell">The sheet-qualified cell ("预算执行明细!F12"), the sheet name, or null for the whole workbook.</param>
/// <param name="Message">One Chinese sentence, without the cell.</param>
/// <param name="IsError">True for an error.</param>
/// <param name="Code">The reading code a warning is kept under (JX8xxx); <see cref="ReadingCodes.Unreadable"/> for errors.</param>
public sealed record ImportProblem(string? Cell, string Message, bool IsError, string Code)
{
    public static ImportProblem Error(string? cell, string message) => new(cell, message, IsError: true, ReadingCodes.Unreadable);

    public static ImportProblem Warning(string? cell, string message, string code) => new(cell, message, IsError: false, code);

    /// <summary>The one line shown to the user: "预算执行明细!F12：不是数字".</summary>
    public override string ToString() => Cell is null ? Message : $"{Cell}：{Message}";
}
