using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;
using OpenEip.Storage.Secrets;
using OpenEip.Storage.Sqlite;

namespace OpenEip.Storage.Postgres;

/// <summary>
/// Moves an installation from SQLite to PostgreSQL: every row of the SQLite database into an empty PostgreSQL database,
/// in one PostgreSQL transaction, so the target ends up with all of it or none of it.
/// </summary>
/// <remarks>
/// <para>It reads a snapshot taken with SQLite's online backup, so it may run beside a serving server; what that server
/// writes after the snapshot is not copied, which is why a move stops the servers first. The snapshot is opened as a
/// server opens its database (pending migrations applied, secrets stored before sealing existed sealed with the key
/// given), so its tables are those of this version's PostgreSQL migrations and every secret arrives sealed.</para>
/// <para>The copier names no table: it takes the tables and their columns from PostgreSQL's catalogue, copies them in
/// foreign-key order and each column from the SQLite column of the same name, so a migration added to both engines
/// needs no change here. A PostgreSQL identity column SQLite has no column for (audit_events.seq, the stand-in for
/// SQLite's rowid) takes the rowid. Afterwards each identity continues past the copied values.</para>
/// </remarks>
public static class SqliteToPostgres
{
    /// <summary>Each engine records its own migrations (SQLite's 0001-0016 are PostgreSQL's 0001): not data to copy.</summary>
    private const string MigrationsTable = "schema_migrations";

    /// <summary>Tables that triggers fill as the rows they count arrive (eip_counts follows eips): copying them too would count twice.</summary>
    private static readonly HashSet<string> DerivedTables = new(StringComparer.Ordinal) { "eip_counts" };

    /// <summary>
    /// SQLite tables whose rows PostgreSQL keeps in a table of another name and shape: SQLite appends every spent nonce
    /// to spent_nonces (0020_spent_nonces.sql); PostgreSQL keys them in request_nonces. A nonce appended twice is kept once.
    /// </summary>
    private static readonly Dictionary<string, string> MergedTables = new(StringComparer.Ordinal) { ["spent_nonces"] = "request_nonces" };

    /// <summary>
    /// SQLite tables that number their rows for the writer's own use (idempotency, 0021_idempotency_appended.sql): the
    /// number is not data, and PostgreSQL's table, keyed otherwise, has no column for it.
    /// </summary>
    private static readonly HashSet<string> NumberedBySqlite = new(StringComparer.Ordinal) { "idempotency" };

    /// <summary>How many non-empty tables a refusal names before it just counts the rest.</summary>
    private const int TablesNamed = 3;

    /// <param name="sqlitePath">The SQLite database (<c>openeip.db</c> of <c>OpenEip:DataDir</c>); only read.</param>
    /// <param name="postgresConnectionString">The target; its schema is migrated first, and it must hold no rows.</param>
    /// <param name="secrets">The installation's secrets key, which the PostgreSQL servers must use too.</param>
    /// <exception cref="InvalidOperationException">The target holds data, or the two schemas do not match.</exception>
    public static async Task<SqliteToPostgresReport> CopyAsync(
        string sqlitePath, string postgresConnectionString, SecretProtector secrets, TimeProvider clock, CancellationToken cancellationToken)
    {
        var source = Path.GetFullPath(sqlitePath);
        if (!File.Exists(source))
            throw new FileNotFoundException($"There is no database at {source} (OpenEip:DataDir).", source);

        await using var target = NpgsqlDataSource.Create(postgresConnectionString);
        var migrations = await PostgresMigrator.MigrateAsync(target, clock, cancellationToken);
        await using var connection = await target.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var tables = (await PostgresCatalogue.TablesInForeignKeyOrderAsync(connection, transaction, cancellationToken))
            .Where(t => t.Name != MigrationsTable).ToList();
        await RefuseUnlessEmptyAsync(connection, transaction, tables, cancellationToken);

        // Beside the database: the data directory is private (0700) and has room for a copy of it.
        var snapshot = source + ".to-postgres";
        try
        {
            SqliteBackup.Run(source, snapshot);
            PrepareSnapshot(snapshot, secrets, clock);
            using var sqlite = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = snapshot, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            sqlite.Open();
            RefuseOtherTables(sqlite, tables);
            var copied = new List<CopiedTable>();
            foreach (var table in tables.Where(t => !DerivedTables.Contains(t.Name) && !MergedTables.ContainsValue(t.Name)))
            {
                copied.Add(await CopyTableAsync(sqlite, connection, transaction, table, cancellationToken));
                await ContinueIdentitiesAsync(sqlite, connection, transaction, table, cancellationToken);
            }

            foreach (var (from, into) in MergedTables)
                copied.Add(await MergeTableAsync(sqlite, from, connection, transaction, tables.Single(t => t.Name == into), cancellationToken));

            await transaction.CommitAsync(cancellationToken);
            return new SqliteToPostgresReport(connection.Database, migrations, copied);
        }
        finally
        {
            foreach (var file in new[] { snapshot, snapshot + "-wal", snapshot + "-shm", snapshot + "-journal" })
                File.Delete(file);
        }
    }

    /// <summary>
    /// Locks the tables against writers (a server started on the target by mistake) until the copy commits, then refuses
    /// a database that holds any row: the copy is a move into a new database, never a merge.
    /// </summary>
    private static async Task RefuseUnlessEmptyAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<PostgresTable> tables, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition(
            $"LOCK TABLE {string.Join(", ", tables.Select(t => Quote(t.Name)))} IN EXCLUSIVE MODE", transaction: transaction, cancellationToken: cancellationToken));
        var holding = new List<string>();
        foreach (var table in tables)
        {
            if (await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
                    $"SELECT EXISTS (SELECT 1 FROM {Quote(table.Name)})", transaction: transaction, cancellationToken: cancellationToken)))
                holding.Add(table.Name);
        }

        if (holding.Count == 0)
            return;
        var named = string.Join(", ", holding.Take(TablesNamed)) + (holding.Count > TablesNamed ? $" and {holding.Count - TablesNamed} more tables" : "");
        throw new InvalidOperationException(
            $"The PostgreSQL database {connection.Database} already holds data ({named}); the copy goes only into an empty database. " +
            "Create a new one (was a server started on this one before the copy?).");
    }

    private static void PrepareSnapshot(string snapshot, SecretProtector secrets, TimeProvider clock)
    {
        using (new SqliteStore(new SqliteStoreOptions(snapshot), clock, secrets))
        {
            // Opening it migrates it and seals any secret stored before sealing existed; closing checkpoints its log.
        }

        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = snapshot, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        // The store opens a database it cannot migrate (a full disk) read-only rather than failing: not good enough here.
        if (SqliteMigrator.HasPending(connection))
            throw new InvalidOperationException($"The snapshot of the SQLite database ({snapshot}) could not be migrated; is the disk full?");
    }

    /// <summary>A table on one side only means the two engines' migrations disagree: its rows would be lost, or missing.</summary>
    private static void RefuseOtherTables(SqliteConnection sqlite, IReadOnlyList<PostgresTable> tables)
    {
        var sqliteTables = sqlite.Query<string>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite!_%' ESCAPE '!'")
            .Where(n => n != MigrationsTable).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var onlySqlite = sqliteTables.Except(tables.Select(t => t.Name).Concat(MergedTables.Keys), StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
        var onlyPostgres = tables.Select(t => t.Name).Where(n => !sqliteTables.Contains(n) && !MergedTables.ContainsValue(n)).ToList();
        if (onlySqlite.Count > 0)
            throw new InvalidOperationException($"SQLite has tables the PostgreSQL schema lacks ({string.Join(", ", onlySqlite)}): this version's migrations of the two engines do not match.");
        if (onlyPostgres.Count > 0)
            throw new InvalidOperationException($"PostgreSQL has tables SQLite lacks ({string.Join(", ", onlyPostgres)}): this version's migrations of the two engines do not match.");
    }

    private static async Task<CopiedTable> CopyTableAsync(
        SqliteConnection sqlite, NpgsqlConnection connection, NpgsqlTransaction transaction, PostgresTable table, CancellationToken cancellationToken)
    {
        var read = await CopyRowsAsync(sqlite, table.Name, connection, Quote(table.Name), table, cancellationToken, NumberedBySqlite.Contains(table.Name));

        // A check on the copy itself, not on the reading: what PostgreSQL now holds is what SQLite held.
        var held = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"SELECT COUNT(*) FROM {Quote(table.Name)}", transaction: transaction, cancellationToken: cancellationToken));
        return held == read
            ? new CopiedTable(table.Name, held)
            : throw new InvalidOperationException($"The copy of {table.Name} holds {held} rows where SQLite has {read}; nothing was committed.");
    }

    /// <summary>
    /// The rows of a SQLite-only table into the PostgreSQL table that keeps them, through a temporary table, so that a
    /// row already there (the same nonce in both of SQLite's tables) is kept once instead of failing the move.
    /// </summary>
    private static async Task<CopiedTable> MergeTableAsync(
        SqliteConnection sqlite, string from, NpgsqlConnection connection, NpgsqlTransaction transaction, PostgresTable into, CancellationToken cancellationToken)
    {
        const string staging = "openeip_merged_rows";
        await connection.ExecuteAsync(new CommandDefinition(
            $"CREATE TEMPORARY TABLE {staging} (LIKE {Quote(into.Name)}) ON COMMIT DROP", transaction: transaction, cancellationToken: cancellationToken));
        var read = await CopyRowsAsync(sqlite, from, connection, staging, into, cancellationToken, numberedBySqlite: true);
        await connection.ExecuteAsync(new CommandDefinition(
            $"INSERT INTO {Quote(into.Name)} SELECT * FROM {staging} ON CONFLICT DO NOTHING", transaction: transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition($"DROP TABLE {staging}", transaction: transaction, cancellationToken: cancellationToken));
        return new CopiedTable($"{from} → {into.Name}", read);
    }

    /// <summary>Streams the rows of SQLite's <paramref name="from"/> into <paramref name="target"/>, shaped as <paramref name="table"/>.</summary>
    /// <param name="numberedBySqlite">The SQLite table's own row number (spent_nonces.id, idempotency.id) is not data: PostgreSQL's table has no column for it.</param>
    /// <returns>How many rows were read.</returns>
    private static async Task<long> CopyRowsAsync(
        SqliteConnection sqlite, string from, NpgsqlConnection connection, string target, PostgresTable table, CancellationToken cancellationToken,
        bool numberedBySqlite = false)
    {
        var sources = SourceColumns(sqlite, from, table, numberedBySqlite);
        using var select = sqlite.CreateCommand();
        select.CommandText = $"SELECT {string.Join(", ", sources)} FROM {Quote(from)}";
        using var rows = select.ExecuteReader();
        long read = 0;
        await using var import = await connection.BeginBinaryImportAsync(
            $"COPY {target} ({string.Join(", ", table.Columns.Select(c => Quote(c.Name)))}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        while (rows.Read())
        {
            await import.StartRowAsync(cancellationToken);
            for (var i = 0; i < table.Columns.Count; i++)
                await CopyValue.WriteAsync(import, rows, i, table.Name, table.Columns[i], cancellationToken);
            read++;
        }

        await import.CompleteAsync(cancellationToken);
        return read;
    }

    /// <summary>What to select from SQLite's <paramref name="from"/> for each column of PostgreSQL's <paramref name="table"/>, in PostgreSQL's order.</summary>
    private static List<string> SourceColumns(SqliteConnection sqlite, string from, PostgresTable table, bool numberedBySqlite)
    {
        var columns = sqlite.Query<string>(
                numberedBySqlite ? "SELECT name FROM pragma_table_info(@table) WHERE pk = 0" : "SELECT name FROM pragma_table_info(@table)", new { table = from })
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var unknown = columns.Where(c => !table.Columns.Any(p => string.Equals(p.Name, c, StringComparison.OrdinalIgnoreCase))).ToList();
        if (unknown.Count > 0)
            throw new InvalidOperationException($"SQLite's {from} has columns PostgreSQL's {table.Name} lacks ({string.Join(", ", unknown)}): this version's migrations of the two engines do not match.");
        return table.Columns.Select(c =>
            columns.Contains(c.Name) ? Quote(c.Name)
            : c.IsIdentity && HasRowid(sqlite, from) ? "rowid"
            : throw new InvalidOperationException($"PostgreSQL's {table.Name}.{c.Name} has no column in SQLite's {from} to come from: this version's migrations of the two engines do not match."))
            .ToList();
    }

    private static bool HasRowid(SqliteConnection sqlite, string table) =>
        sqlite.ExecuteScalar<long>("SELECT wr FROM pragma_table_list WHERE schema = 'main' AND name = @table", new { table }) == 0;

    /// <summary>
    /// Moves each identity of the table past the highest value copied, so the next row PostgreSQL numbers does not
    /// collide with a copied one; past SQLite's AUTOINCREMENT counter too, which never hands out an id twice, even one
    /// of a deleted row.
    /// </summary>
    private static async Task ContinueIdentitiesAsync(
        SqliteConnection sqlite, NpgsqlConnection connection, NpgsqlTransaction transaction, PostgresTable table, CancellationToken cancellationToken)
    {
        var handedOut = sqlite.ExecuteScalar<long>("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_sequence'") > 0
            ? sqlite.ExecuteScalar<long?>("SELECT seq FROM sqlite_sequence WHERE name = @table", new { table = table.Name }) ?? 0
            : 0;
        foreach (var column in table.Columns.Where(c => c.IsIdentity))
        {
            await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                $"SELECT setval(pg_get_serial_sequence(@table, @column), GREATEST(COALESCE((SELECT MAX({Quote(column.Name)}) FROM {Quote(table.Name)}), 0), @handedOut) + 1, false)",
                new { table = Quote(table.Name), column = column.Name, handedOut },
                transaction,
                cancellationToken: cancellationToken));
        }
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
