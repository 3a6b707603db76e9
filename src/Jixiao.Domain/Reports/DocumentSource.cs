namespace Jixiao.Domain.Reports;

/// <summary>Where a report was read from: its format (text, docx, pdf, html, model) and, for web pages, publisher and date.</summary>
public sealed record DocumentSource(string Format, string? Publisher = null, string? PublishedOn = null, string? Address = null);
