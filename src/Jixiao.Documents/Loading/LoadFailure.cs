namespace Jixiao.Documents.Loading;

/// <summary>Why a file could not be read at all: a reading code and one Chinese sentence naming the problem.</summary>
public sealed record LoadFailure(string FileName, string Code, string Message)
{
    /// <summary>The one line the CLI prints: the file and the problem.</summary>
    public override string ToString() => $"{FileName}：{Message}";
}
