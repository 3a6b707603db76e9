namespace Jixiao.Data;

/// <summary>The database behind the store.</summary>
public enum StorageProvider
{
    Sqlite,
    Postgres,
}
