namespace Jixiao.Documents.Loading;

/// <summary>A reader of one binary format (Word, PDF) into the neutral <see cref="Neutral.DocumentText"/>. Never throws on bad input.</summary>
public interface IDocumentReader
{
    ReadOutcome Read(string fileName, byte[] bytes);
}
