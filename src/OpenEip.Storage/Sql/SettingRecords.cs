using System.Data.Common;
using Dapper;
using OpenEip.Core.Ports;

namespace OpenEip.Storage.Sql;

internal sealed class SettingRecords(SqlCommands db) : ISettingRecords
{
    public Task<string?> FindAsync(string name) =>
        db.ExecuteScalarAsync<string?>("SELECT value FROM settings WHERE name = @name", new { name });

    public Task SetAsync(string name, string value) =>
        db.ExecuteAsync(
            "INSERT INTO settings (name, value) VALUES (@name, @value) ON CONFLICT (name) DO UPDATE SET value = excluded.value",
            new { name, value });
}
