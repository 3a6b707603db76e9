namespace Jixiao.Data;

/// <summary>Someone else appended a version first: nothing was written; reload and try again.</summary>
public sealed class ConcurrentModificationException : StorageException
{
    public const string DefaultMessage = "已被他人修改，请刷新后重试";

    public ConcurrentModificationException()
        : base(DefaultMessage)
    {
    }

    public ConcurrentModificationException(string message)
        : base(message)
    {
    }

    public ConcurrentModificationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
