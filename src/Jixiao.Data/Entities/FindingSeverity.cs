namespace Jixiao.Data.Entities;

/// <summary>The severity of a stored finding, as the audit gave it.</summary>
public enum FindingSeverity
{
    Error,
    Warning,
    Info,
}
