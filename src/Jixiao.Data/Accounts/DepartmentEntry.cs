namespace Jixiao.Data.Accounts;

/// <summary>A department as `jixiao department list` shows it.</summary>
public sealed record DepartmentEntry(int Id, string Name, string? Parent, int Users);
