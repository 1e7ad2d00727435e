using System.Data.Common;
using Dapper;
using OpenEip.Core.Ports;

namespace OpenEip.Storage.Sql;

internal sealed class SettingRecords(DbConnection connection, DbTransaction transaction) : ISettingRecords
{
    public Task<string?> FindAsync(string name) =>
        connection.ExecuteScalarAsync<string?>("SELECT value FROM settings WHERE name = @name", new { name }, transaction);

    public Task SetAsync(string name, string value) =>
        connection.ExecuteAsync(
            "INSERT INTO settings (name, value) VALUES (@name, @value) ON CONFLICT (name) DO UPDATE SET value = excluded.value",
            new { name, value }, transaction);
}
