using DocumentFormat.OpenXml.Wordprocessing;

namespace Jixiao.Documents.Docx;

/// <summary>The parts of a Word package the reader uses: the main document and, when present and readable, styles and numbering.</summary>
internal sealed record DocxParts(Document Document, Styles? Styles, Numbering? Numbering);
