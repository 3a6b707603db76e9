namespace Jixiao.Documents.Loading;

/// <summary>A file's format as recognised from its content, not its extension.</summary>
public enum SourceFormat
{
    Empty,
    Text,
    JixiaoModel,
    Zip,
    /// <summary>An OLE compound file: an old .doc/.xls or an encrypted Office document.</summary>
    OfficeCompound,
    Pdf,
    Binary,
}
