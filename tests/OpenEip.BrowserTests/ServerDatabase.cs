using Npgsql;

namespace OpenEip.BrowserTests;

/// <summary>
/// Where the console's server keeps its state: its data directory (SQLite), or, when <c>OPENEIP_TEST_POSTGRES</c> holds
/// an Npgsql connection string without a Database (the README's test command runs the suite a second time with it),
/// a PostgreSQL database of its own, dropped at the end.
/// </summary>
internal sealed class ServerDatabase
{
    private readonly string? _database;

    private ServerDatabase(string? database) => _database = database;

    private static string? Postgres => System.Environment.GetEnvironmentVariable("OPENEIP_TEST_POSTGRES") is { Length: > 0 } value ? value : null;

    public static async Task<ServerDatabase> CreateAsync()
    {
        if (Postgres is null)
            return new ServerDatabase(null);
        var database = $"openeip_browser_{Guid.NewGuid():N}";
        await AdminAsync($"CREATE DATABASE {database}");
        return new ServerDatabase(database);
    }

    /// <summary>The server's environment variables for this store (none for SQLite: the data directory is enough).</summary>
    public IEnumerable<KeyValuePair<string, string>> Environment()
    {
        if (_database is null)
            yield break;
        yield return new("OpenEip__Store", "Postgres");
        yield return new("ConnectionStrings__OpenEip", $"{Postgres};Database={_database}");
    }

    public async Task DropAsync()
    {
        if (_database is not null)
            await AdminAsync($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)");
    }

    private static async Task AdminAsync(string statement)
    {
        await using var connection = new NpgsqlConnection($"{Postgres};Database=postgres");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(statement, connection);
        await command.ExecuteNonQueryAsync();
    }
}
