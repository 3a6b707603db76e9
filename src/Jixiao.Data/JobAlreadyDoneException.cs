namespace Jixiao.Data;

/// <summary>
/// An import job that already has its stored result ran again (recovery, misfire): the second insert hit the unique job
/// key, nothing was written, and the job counts as done.
/// </summary>
public sealed class JobAlreadyDoneException : StorageException
{
    public JobAlreadyDoneException()
    {
    }

    public JobAlreadyDoneException(string message)
        : base(message)
    {
    }

    public JobAlreadyDoneException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
