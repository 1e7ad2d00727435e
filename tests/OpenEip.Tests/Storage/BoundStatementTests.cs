using Dapper;
using Microsoft.Data.Sqlite;
using OpenEip.Storage.Sql;
using OpenEip.Storage.Sqlite;

namespace OpenEip.Tests.Storage;

/// <summary>
/// The writer's INSERT, UPDATE and DELETE statements bound by position (<see cref="BoundStatement"/>, issue 12) store
/// what Microsoft.Data.Sqlite's own binding stores, count the same rows, and fail the same way; what the binder does
/// not take (other types, several statements in one text) still runs on Microsoft.Data.Sqlite.
/// </summary>
public sealed class BoundStatementTests : IDisposable
{
    private const string Schema = "CREATE TABLE t (id TEXT PRIMARY KEY, n INTEGER, flag INTEGER, ratio REAL, note TEXT, other)";
    private const string Insert = "INSERT INTO t (id, n, flag, ratio, note, other) VALUES (@Id, @N, @Flag, @Ratio, @Note, @Other)";
    private readonly string _directory = Directory.CreateTempSubdirectory("openeip-bound-").FullName;

    [Fact]
    public void Values_AreStoredAsMicrosoftDataSqliteStoresThem()
    {
        object[] rows =
        [
            new { Id = "text", N = 42L, Flag = true, Ratio = 0.5, Note = "naïve — 日本語 ✓", Other = (string?)null },
            new { Id = "int", N = 7, Flag = false, Ratio = -1.25, Note = "", Other = (string?)"x" },
            new { Id = "nulls", N = (long?)null, Flag = (bool?)null, Ratio = (double?)null, Note = (string?)null, Other = (string?)null },
            new { Id = "guid", N = 1L, Flag = true, Ratio = 1.0, Note = "g", Other = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e") },
            new { Id = "time", N = 1L, Flag = true, Ratio = 1.0, Note = "t", Other = new DateTimeOffset(2026, 11, 28, 1, 2, 3, TimeSpan.Zero) },
        ];

        var plain = Stored("plain", rows, Way.Plain);

        Assert.Equal(plain, Stored("bound", rows, Way.ThroughDapper));
        Assert.Equal(plain, Stored("direct", rows, Way.WithoutCommand));
    }

    [Fact]
    public async Task WithoutCommand_RowsChangedAreCounted_AMissingValueFailsNamingIt_AndACancelledCallerWritesNothing()
    {
        using var connection = new PreparedStatementConnection(Open("direct-count"));
        using var transaction = connection.BeginTransaction();
        var commands = new SqlCommands(connection, transaction, CancellationToken.None);
        await commands.ExecuteAsync(Insert, new { Id = "a", N = 1, Flag = true, Ratio = 1.0, Note = "x", Other = 1 });
        await commands.ExecuteAsync(Insert, new { Id = "b", N = 1, Flag = true, Ratio = 1.0, Note = "x", Other = 1 });

        var updated = connection.TryExecute("UPDATE t SET note = @note WHERE n = @n", new { note = "y", n = 1 }, CancellationToken.None);
        var none = connection.TryExecute("UPDATE t SET note = @note WHERE n = @n", new { note = "y", n = 2 }, CancellationToken.None);
        var deleted = connection.TryExecute("DELETE FROM t WHERE id = @id", new { id = "a" }, CancellationToken.None);
        var missing = await Assert.ThrowsAsync<InvalidOperationException>(() => commands.ExecuteAsync(Insert, new { Id = "c", N = 1, Flag = true, Ratio = 1.0, Note = "x" }));
        var cancelled = new SqlCommands(connection, transaction, new CancellationToken(canceled: true));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled.ExecuteAsync(Insert, new { Id = "d", N = 1, Flag = true, Ratio = 1.0, Note = "x", Other = 1 }));

        Assert.Equal([2, 0, 1], new[] { updated, none, deleted });
        Assert.Contains("@Other", missing.Message, StringComparison.Ordinal);
        Assert.Equal(["b"], connection.Query<string>("SELECT id FROM t ORDER BY id", transaction: transaction));
    }

    [Fact]
    public void RowsChanged_AreCountedAsMicrosoftDataSqliteCountsThem()
    {
        using var plain = Open("plain-count");
        using var bound = new PreparedStatementConnection(Open("bound-count"));
        foreach (var connection in new System.Data.Common.DbConnection[] { plain, bound })
        {
            using var transaction = connection.BeginTransaction();
            connection.Execute(Insert, new { Id = "a", N = 1, Flag = true, Ratio = 1.0, Note = "x", Other = 1 }, transaction);
            connection.Execute(Insert, new { Id = "b", N = 1, Flag = true, Ratio = 1.0, Note = "x", Other = 1 }, transaction);
            transaction.Commit();
        }

        int[] Changes(System.Data.Common.DbConnection connection)
        {
            using var transaction = connection.BeginTransaction();
            int[] changed =
            [
                connection.Execute("UPDATE t SET note = @note WHERE n = @n", new { note = "y", n = 1 }, transaction),
                connection.Execute("UPDATE t SET note = @note WHERE n = @n", new { note = "y", n = 2 }, transaction),
                connection.Execute("DELETE FROM t WHERE id = @id", new { id = "a" }, transaction),
            ];
            transaction.Commit();
            return changed;
        }

        Assert.Equal([2, 0, 1], Changes(plain));
        Assert.Equal([2, 0, 1], Changes(bound));
    }

    [Fact]
    public void ConstraintViolation_ThrowsSqliteException_AndTheStatementRunsAgainAfterIt()
    {
        using var connection = new PreparedStatementConnection(Open("violation"));
        using var transaction = connection.BeginTransaction();
        var row = new { Id = "a", N = 1, Flag = true, Ratio = 1.0, Note = "x", Other = 1 };
        connection.Execute(Insert, row, transaction);

        var duplicate = Assert.Throws<SqliteException>(() => connection.Execute(Insert, row, transaction));

        Assert.Equal(19, duplicate.SqliteErrorCode); // SQLITE_CONSTRAINT
        Assert.Equal(1555, duplicate.SqliteExtendedErrorCode); // SQLITE_CONSTRAINT_PRIMARYKEY
        Assert.Contains("UNIQUE constraint failed: t.id", duplicate.Message, StringComparison.Ordinal);
        connection.Execute(Insert, row with { Id = "b" }, transaction);
        Assert.Equal(2L, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM t", transaction: transaction));
    }

    [Fact]
    public void MissingValue_FailsAsMicrosoftDataSqliteFails_NamingIt()
    {
        using var connection = new PreparedStatementConnection(Open("missing"));
        using var transaction = connection.BeginTransaction();

        var missing = Assert.Throws<InvalidOperationException>(
            () => connection.Execute(Insert, new { Id = "a", N = 1, Flag = true, Ratio = 1.0, Note = "x" }, transaction));

        Assert.Contains("@Other", missing.Message, StringComparison.Ordinal);
        Assert.Equal(0L, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM t", transaction: transaction));
    }

    [Fact]
    public void SeveralStatementsInOneText_StillRunEveryStatement()
    {
        using var connection = new PreparedStatementConnection(Open("several"));
        using var transaction = connection.BeginTransaction();

        connection.Execute(
            "INSERT INTO t (id, n) VALUES (@id, 1); INSERT INTO t (id, n) VALUES (@id || '-2', 2);", new { id = "a" }, transaction);

        Assert.Equal(["a", "a-2"], connection.Query<string>("SELECT id FROM t ORDER BY id", transaction: transaction));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private enum Way
    {
        /// <summary>Dapper on Microsoft.Data.Sqlite.</summary>
        Plain,

        /// <summary>Dapper's command on the writer's connection (<see cref="BoundStatement.TryRun(SqliteParameterCollection, Func{string, string})"/>).</summary>
        ThroughDapper,

        /// <summary>The store's own path on the writer's connection, without a command where it can (<see cref="SqlCommands.ExecuteAsync"/>).</summary>
        WithoutCommand,
    }

    /// <summary>The rows as SQLite holds them: each value with its storage class.</summary>
    private List<string> Stored(string name, object[] rows, Way way)
    {
        using var inner = Open(name);
        using var connection = way == Way.Plain ? (System.Data.Common.DbConnection)inner : new PreparedStatementConnection(inner);
        using (var transaction = connection.BeginTransaction())
        {
            foreach (var row in rows)
            {
                if (way == Way.WithoutCommand)
                    new SqlCommands(connection, transaction, CancellationToken.None).ExecuteAsync(Insert, row).GetAwaiter().GetResult();
                else
                    connection.Execute(Insert, row, transaction);
            }

            transaction.Commit();
        }

        return inner.Query<string>(
            "SELECT id || '|' || typeof(n) || ':' || quote(n) || '|' || typeof(flag) || ':' || quote(flag) || '|' || typeof(ratio) || ':' || quote(ratio) || '|' || typeof(note) || ':' || quote(note) || '|' || typeof(other) || ':' || quote(other) FROM t ORDER BY id")
            .ToList();
    }

    private SqliteConnection Open(string name)
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(_directory, name + ".db")}");
        connection.Open();
        connection.Execute(Schema);
        return connection;
    }
}
