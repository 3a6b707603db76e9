namespace Jixiao.Documents.Writers.Pdf;

/// <summary>Why a conversion failed: its kind, and the one message shown to the user (Simplified Chinese).</summary>
public sealed record ConversionFailure(ConversionFailureKind Kind, string Message);

/// <summary>Why a LibreOffice conversion gave no file.</summary>
public enum ConversionFailureKind
{
    /// <summary>LibreOffice (soffice) is not installed, or not where it was said to be.</summary>
    NotInstalled,

    /// <summary>The conversion did not finish in time and was stopped.</summary>
    TimedOut,

    /// <summary>LibreOffice ran but wrote no file (it could not read the input, or it failed).</summary>
    Failed,
}
