using System.Data.Common;
using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;
using OpenEip.Storage.Sql;
using OpenEip.Storage.Sqlite;

namespace OpenEip.Tests.Storage;

/// <summary>
/// A SELECT whose rows a mapper reads by position runs on a statement of its own (<see cref="BoundQuery"/>, issue 12):
/// it binds what Dapper binds, reads what Microsoft.Data.Sqlite reads, fails the same way on NULL, and leaves to Dapper
/// what it does not take (lists, other types, a missing value).
/// </summary>
public sealed class BoundQueryTests : IDisposable
{
    private const string Schema = "CREATE TABLE t (id TEXT PRIMARY KEY, n INTEGER, ratio REAL, note TEXT, other)";
    private readonly string _directory = Directory.CreateTempSubdirectory("openeip-bound-query-").FullName;

    [Fact]
    public async Task Values_AreReadAsMicrosoftDataSqliteReadsThem()
    {
        using var plain = Open("plain");
        using var bound = new PreparedStatementConnection(Open("bound"));
        const string sql = "SELECT id, n, ratio, note, other FROM t WHERE n >= @least ORDER BY id";

        var viaMicrosoft = await new SqlCommands(plain, null!, CancellationToken.None).QueryRowsAsync(sql, new { least = -5 }, Describe);
        var viaBound = bound.TryQueryRows(sql, new { least = -5 }, Describe, CancellationToken.None);

        Assert.NotNull(viaBound);
        Assert.Equal(5, viaMicrosoft.Count);
        Assert.Equal(viaMicrosoft, viaBound);
    }

    [Fact]
    public void TypedGetterOnNull_ThrowsAsMicrosoftDataSqliteThrows()
    {
        using var plain = Open("plain-null");
        using var bound = new PreparedStatementConnection(Open("bound-null"));
        const string sql = "SELECT note, ratio, other FROM t WHERE id = @id";
        Func<System.Data.Common.DbDataReader, object>[] getters = [r => r.GetString(0), r => r.GetDouble(1), r => r.GetInt64(2), r => r.GetInt32(2)];

        foreach (var get in getters)
        {
            var viaMicrosoft = Assert.Throws<InvalidOperationException>(() => plain.QueryRowsSync(sql, new { id = "nulls" }, get));
            var viaBound = Assert.Throws<InvalidOperationException>(() => bound.TryQueryRows(sql, new { id = "nulls" }, get, CancellationToken.None));
            Assert.Equal(viaMicrosoft.Message, viaBound.Message);
        }

        Assert.Equal<object>(["", 0.0, 0L, 0], getters.Select(get => bound.TryQueryRows(sql, new { id = "zeros" }, get, CancellationToken.None)!.Single()));
    }

    [Fact]
    public void Values_AreBoundByTheirNames_AndTheStatementRunsAgainWithOthers()
    {
        using var bound = new PreparedStatementConnection(Open("again"));
        const string sql = "SELECT id FROM t WHERE n = @n AND (@note IS NULL OR note = @note) ORDER BY id";

        var first = bound.TryQueryRows(sql, new { n = 1, note = (string?)null, unused = Guid.NewGuid() }, r => r.GetString(0), CancellationToken.None);
        var second = bound.TryQueryRows(sql, new { n = 7L, note = "naïve — 日本語 ✓" }, r => r.GetString(0), CancellationToken.None);
        Assert.Throws<FormatException>(() => bound.TryQueryRows(sql, new { n = 1, note = (string?)null }, r => int.Parse(r.GetString(0), CultureInfo.InvariantCulture), CancellationToken.None));
        var afterThrow = bound.TryQueryRows(sql, new { n = 1, note = (string?)null }, r => r.GetString(0), CancellationToken.None);

        Assert.Equal(["int", "text"], first);
        Assert.Equal(["unicode"], second);
        Assert.Equal(["int", "text"], afterThrow);
    }

    [Fact]
    public async Task WhatItDoesNotTake_IsLeftToDapper_WhichAnswersAsBefore()
    {
        using var bound = new PreparedStatementConnection(Open("left"));
        using var transaction = bound.BeginTransaction();
        var commands = new SqlCommands(bound, transaction, CancellationToken.None);
        const string byList = "SELECT id FROM t WHERE id IN @ids ORDER BY id";
        const string byGuid = "SELECT id FROM t WHERE other = @other ORDER BY id";
        const string byName = "SELECT id FROM t WHERE id = @id";

        Assert.Null(bound.TryQueryRows(byList, new { ids = new[] { "int", "text" } }, r => r.GetString(0), CancellationToken.None));
        Assert.Null(bound.TryQueryRows(byGuid, new { other = Guid.Empty }, r => r.GetString(0), CancellationToken.None));
        Assert.Null(bound.TryQueryRows(byName, new DynamicParameters(new { id = "int" }), r => r.GetString(0), CancellationToken.None));
        Assert.Null(bound.TryQueryRows(byName, new { identifier = "int" }, r => r.GetString(0), CancellationToken.None));
        Assert.Null(bound.TryQueryRows("INSERT INTO t (id) VALUES (@id)", new { id = "x" }, r => r.GetString(0), CancellationToken.None));
        Assert.Null(bound.TryQueryRows("SELECT id FROM t; SELECT n FROM t", null, r => r.GetString(0), CancellationToken.None));

        Assert.Equal(["int", "text"], await commands.QueryRowsAsync(byList, new { ids = new[] { "int", "text" } }, r => r.GetString(0)));
        Assert.Equal(["int"], await commands.QueryRowsAsync(byName, new DynamicParameters(new { id = "int" }), r => r.GetString(0)));
        var missing = await Assert.ThrowsAsync<InvalidOperationException>(() => commands.QueryRowsAsync(byName, new { identifier = "int" }, r => r.GetString(0)));
        Assert.Contains("@id", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ACancelledCaller_StopsItBeforeItRuns_AndTheStatementRunsAgainAfterIt()
    {
        using var bound = new PreparedStatementConnection(Open("cancelled"));
        const string sql = "SELECT id FROM t ORDER BY id";

        Assert.Throws<OperationCanceledException>(() => bound.TryQueryRows(sql, null, r => r.GetString(0), new CancellationToken(canceled: true)));

        Assert.Equal(["int", "nulls", "text", "unicode", "zeros"], bound.TryQueryRows(sql, null, r => r.GetString(0), CancellationToken.None));
    }

    [Fact]
    public void BeyondTheStatementsKept_EachRunsOnAStatementOfItsOwn_AndGivesTheSameRows()
    {
        using var bound = new PreparedStatementConnection(Open("full"), maxStatements: 1);
        const string byNumber = "SELECT id FROM t WHERE n = @n ORDER BY id";
        const string byNote = "SELECT id FROM t WHERE note = @note ORDER BY id";

        for (var round = 0; round < 3; round++)
        {
            Assert.Equal(["int", "text"], bound.TryQueryRows(byNumber, new { n = 1 }, r => r.GetString(0), CancellationToken.None));
            Assert.Equal(["unicode"], bound.TryQueryRows(byNote, new { note = "naïve — 日本語 ✓" }, r => r.GetString(0), CancellationToken.None));
            Assert.Equal(1, bound.TryExecute("UPDATE t SET ratio = @ratio WHERE id = @id", new { ratio = (double)round, id = "int" }, CancellationToken.None));
            Assert.Equal(1, bound.TryExecute("UPDATE t SET other = @other WHERE id = @id", new { other = round, id = "text" }, CancellationToken.None));
        }

        Assert.Equal(["int:2", "text:2"], bound.TryQueryRows("SELECT id, coalesce(ratio, 0) + 0, other FROM t WHERE id IN ('int', 'text') ORDER BY id", null,
            r => r.GetString(0) + ":" + (r.GetString(0) == "int" ? r.GetDouble(1).ToString(CultureInfo.InvariantCulture) : r.GetInt64(2).ToString(CultureInfo.InvariantCulture)), CancellationToken.None));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    /// <summary>Every column as a mapper may read it: its type, its value, and the typed getter of its storage class.</summary>
    private static string Describe(DbDataReader row)
    {
        var cells = new List<string>();
        for (var i = 0; i < row.FieldCount; i++)
        {
            var typed = row.IsDBNull(i) ? "null" : row.GetFieldType(i) == typeof(long) ? $"{row.GetInt64(i)}/{row.GetInt32(i)}"
                : row.GetFieldType(i) == typeof(double) ? row.GetDouble(i).ToString("R", CultureInfo.InvariantCulture)
                : row.GetFieldType(i) == typeof(string) ? row.GetString(i) : Convert.ToHexString((byte[])row.GetValue(i));
            cells.Add($"{row.GetName(i)}:{row.GetFieldType(i).Name}:{Convert.ToString(row.GetValue(i), CultureInfo.InvariantCulture)}:{typed}");
        }

        return string.Join("|", cells);
    }

    private SqliteConnection Open(string name)
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(_directory, name + ".db")}");
        connection.Open();
        connection.Execute(Schema);
        connection.Execute("INSERT INTO t (id, n, ratio, note, other) VALUES ('int', 1, 0.5, 'x', 42)");
        connection.Execute("INSERT INTO t (id, n, ratio, note, other) VALUES ('text', 1, -1.25, '', 'some text')");
        connection.Execute("INSERT INTO t (id, n, ratio, note, other) VALUES ('unicode', 7, 1e300, 'naïve — 日本語 ✓', x'00ff10')");
        connection.Execute("INSERT INTO t (id, n, ratio, note, other) VALUES ('nulls', -5, NULL, NULL, NULL)");
        connection.Execute("INSERT INTO t (id, n, ratio, note, other) VALUES ('zeros', 0, 0.0, '', 0)");
        return connection;
    }
}

/// <summary>Microsoft.Data.Sqlite's reader, synchronously, for comparing what it throws.</summary>
internal static class PlainReads
{
    public static List<T> QueryRowsSync<T>(this SqliteConnection connection, string sql, object parameters, Func<DbDataReader, T> read)
    {
        using var reader = (DbDataReader)connection.ExecuteReader(sql, parameters);
        var rows = new List<T>();
        while (reader.Read())
            rows.Add(read(reader));
        return rows;
    }
}
