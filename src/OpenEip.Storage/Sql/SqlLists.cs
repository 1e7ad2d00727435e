using System.Data.Common;

namespace OpenEip.Storage.Sql;

/// <summary>
/// "column is one of a list parameter", written for the engine at hand. Dapper expands a list into
/// <c>IN (@p1, @p2, …)</c> on SQLite, but hands it to Npgsql as one array parameter, which PostgreSQL compares with
/// <c>= ANY(…)</c>; <c>IN</c> with an array is a syntax error there. Npgsql writes arrays and lists, not any enumerable:
/// pass lists as arrays.
/// </summary>
internal static class SqlLists
{
    public static string In(this DbConnection connection, string column, string listParameter) =>
        connection is Npgsql.NpgsqlConnection ? $"{column} = ANY({listParameter})" : $"{column} IN {listParameter}";
}
