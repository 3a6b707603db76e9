using Jixiao.Data.Entities;

namespace Jixiao.Data;

/// <summary>The report's status does not allow the action (e.g. approving a draft, uploading to a submitted report); nothing was written.</summary>
public sealed class WrongStateException : StorageException
{
    public WrongStateException(ReportStatus current, string message)
        : base(message)
    {
        Current = current;
    }

    public WrongStateException()
        : base("报告的状态不允许此操作")
    {
    }

    public WrongStateException(string message)
        : base(message)
    {
    }

    public WrongStateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ReportStatus Current { get; }
}
