using System.Text.Json;
using Jixiao.Audit.Output;
using Jixiao.Audit.Rules.Scoring;
using Jixiao.Data.Storage;
using Jixiao.Documents.Workbook;
using Jixiao.Documents.Writers;
using Jixiao.Documents.Writers.Pdf;
using Jixiao.Domain.Scoring;
using Jixiao.Web.Rendering;
using Jixiao.Web.Security;

namespace Jixiao.Web.Endpoints;

/// <summary>
/// What is computed from a stored version: `GET …/score[?scheme=]` (the score sheet JSON of `jixiao score --format json`)
/// and `GET …/export?format=docx|pdf|html|md|xlsx` (the generated report with the review notes, or the self-evaluation workbook,
/// as `jixiao render` writes it).
/// </summary>
public static class OutputEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/reports/{id:int}/score", Score);
        api.MapGet("/reports/{id:int}/export", Export);
    }

    private static async Task<IResult> Score(
        int id, int? version, string? scheme, Caller caller, ReportAccess access, ReportStore store, HttpResponse response, CancellationToken cancellationToken)
    {
        var (stored, problem) = await ReportEndpoints.VisibleVersionAsync(id, version, caller, access, store, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            return problem!;
        }

        SchemeChoice? choice = null;
        if (!string.IsNullOrWhiteSpace(scheme))
        {
            (choice, var error) = SchemeSelection.Resolve(scheme, allowFiles: false);
            if (choice is null)
            {
                return Problems.BadRequest(error!);
            }
        }

        var report = ReportEndpoints.Model(stored);
        var sheet = ScoreSheetBuilder.Build(report, choice?.For(report) ?? SchemeLibrary.DefaultFor(report));
        response.Headers.ETag = VersionETag.Of(stored);
        return Results.Text(JsonSerializer.Serialize(sheet, OutputJson.Indented), "application/json; charset=utf-8");
    }

    private static async Task<IResult> Export(
        int id, int? version, string? format, Caller caller, ReportAccess access, ReportStore store, HttpResponse response, CancellationToken cancellationToken)
    {
        var (stored, problem) = await ReportEndpoints.VisibleVersionAsync(id, version, caller, access, store, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            return problem!;
        }

        if (format is null || ReportFormats.Parse(format) is not { } wanted)
        {
            return Problems.BadRequest($"format 须为 docx、pdf、html、md 或 xlsx（收到“{format}”）");
        }

        if (wanted == ReportFormat.Pdf && LibreOfficeConverter.FindExecutable() is null)
        {
            return Problems.Unavailable(LibreOfficeConverter.NotInstalledMessage);
        }

        var report = ReportEndpoints.Model(stored);
        if (wanted == ReportFormat.Xlsx && WorkbookExport.Unsupported(report) is { } unsupported)
        {
            return Problems.BadRequest(unsupported);
        }

        // Markdown is sent alone, so it is generated without the chart images it would otherwise refer to.
        var (model, options) = RenderPreparation.Prepare(report, correct: false, review: true, charts: wanted != ReportFormat.Md);
        var folder = Directory.CreateTempSubdirectory("jixiao-export-");
        try
        {
            var name = $"{stored.Department}{stored.Year}年{GenreNames.Chinese(stored.Genre)}（第{stored.Number}版）{ReportFormats.Extension(wanted)}";
            var (files, error) = await new ReportRenderer()
                .RenderAsync(model, options, wanted, Path.Combine(folder.FullName, "report" + ReportFormats.Extension(wanted)), cancellationToken)
                .ConfigureAwait(false);
            if (error is not null)
            {
                return Problems.RenderFailed(error);
            }

            var bytes = await File.ReadAllBytesAsync(files[0], cancellationToken).ConfigureAwait(false);
            response.Headers.ETag = VersionETag.Of(stored);
            return Results.File(bytes, ContentType(wanted), name);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string ContentType(ReportFormat format) => format switch
    {
        ReportFormat.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ReportFormat.Pdf => "application/pdf",
        ReportFormat.Html => "text/html; charset=utf-8",
        ReportFormat.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => "text/markdown; charset=utf-8",
    };
}
