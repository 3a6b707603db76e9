using Jixiao.Data;

namespace Jixiao.Testing.Databases;

/// <summary>Hands each test a fresh, empty database of one provider; drops them all when the test class ends.</summary>
public interface IDatabaseServer
{
    StorageProvider Provider { get; }

    StorageConnection NewDatabase();
}
