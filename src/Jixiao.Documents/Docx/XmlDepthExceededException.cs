namespace Jixiao.Documents.Docx;

/// <summary>A part nests deeper than <see cref="DocxPackage.MaxXmlDepth"/> levels (<see cref="DepthCappedXmlReader"/>).</summary>
internal sealed class XmlDepthExceededException : Exception;
