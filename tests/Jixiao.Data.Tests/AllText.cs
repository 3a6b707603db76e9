using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Tests;

/// <summary>Every value of every table of the model, as text: to prove a secret is stored nowhere.</summary>
internal static class AllText
{
    public static async Task<List<string>> Of(JixiaoDbContext db)
    {
        var values = new List<string>();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        foreach (var table in db.Model.GetEntityTypes().Select(e => e.GetTableName()!).Distinct())
        {
            await using DbCommand command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    values.Add(Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty);
                }
            }
        }

        await db.Database.CloseConnectionAsync();
        return values;
    }
}
