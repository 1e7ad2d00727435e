using Dapper;
using Microsoft.Data.Sqlite;
using OpenEip.Core.Ports;

namespace OpenEip.Storage.Sqlite;

internal sealed class SqliteSettingRecords(SqliteConnection connection, SqliteTransaction transaction) : ISettingRecords
{
    public Task<string?> FindAsync(string name) =>
        connection.ExecuteScalarAsync<string?>("SELECT value FROM settings WHERE name = @name", new { name }, transaction);

    public Task SetAsync(string name, string value) =>
        connection.ExecuteAsync(
            "INSERT INTO settings (name, value) VALUES (@name, @value) ON CONFLICT (name) DO UPDATE SET value = excluded.value",
            new { name, value }, transaction);
}
