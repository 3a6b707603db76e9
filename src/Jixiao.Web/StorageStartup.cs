using Jixiao.Data;

namespace Jixiao.Web;

/// <summary>
/// Opens the database once when the server starts: a new SQLite file is created and migrated; any other database must
/// be migrated already (`jixiao db migrate`), else the server does not start.
/// </summary>
internal sealed class StorageStartup(StorageConnection connection) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var context = await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await context.DisposeAsync().ConfigureAwait(false);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
