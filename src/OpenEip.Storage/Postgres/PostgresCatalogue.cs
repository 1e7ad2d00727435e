using Dapper;
using Npgsql;

namespace OpenEip.Storage.Postgres;

/// <summary>
/// The tables of the current schema as PostgreSQL's catalogue lists them, ordered so that every table comes after the
/// tables its foreign keys reference: rows copied in that order never point at a row not yet there.
/// </summary>
internal static class PostgresCatalogue
{
    public static async Task<IReadOnlyList<PostgresTable>> TablesInForeignKeyOrderAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        var columns = await connection.QueryAsync<(string Table, string Name, string DataType, bool IsIdentity)>(new CommandDefinition(
            """
            SELECT c.table_name::text, c.column_name::text, c.data_type::text, c.is_identity::text = 'YES'
            FROM information_schema.columns c
            JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
            WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
            ORDER BY c.table_name, c.ordinal_position
            """,
            transaction: transaction, cancellationToken: cancellationToken));
        var tables = columns.GroupBy(c => c.Table, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => new PostgresTable(g.Key, g.Select(c => new PostgresColumn(c.Name, c.DataType, c.IsIdentity)).ToList()),
            StringComparer.Ordinal);
        var references = await connection.QueryAsync<(string Child, string Parent)>(new CommandDefinition(
            """
            SELECT child.relname::text, parent.relname::text
            FROM pg_constraint k
            JOIN pg_class child ON child.oid = k.conrelid
            JOIN pg_class parent ON parent.oid = k.confrelid
            JOIN pg_namespace n ON n.oid = child.relnamespace
            WHERE k.contype = 'f' AND n.nspname = current_schema()
            """,
            transaction: transaction, cancellationToken: cancellationToken));
        return Order(tables, references.Where(r => r.Child != r.Parent).ToList());
    }

    /// <summary>Kahn's topological sort; among the tables free to go, by name, so the order is the same every time.</summary>
    private static List<PostgresTable> Order(Dictionary<string, PostgresTable> tables, List<(string Child, string Parent)> references)
    {
        var waitingOn = tables.Keys.ToDictionary(t => t, _ => new HashSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var (child, parent) in references)
            if (waitingOn.TryGetValue(child, out var parents) && tables.ContainsKey(parent))
                parents.Add(parent);
        var ordered = new List<PostgresTable>();
        var ready = new SortedSet<string>(waitingOn.Where(w => w.Value.Count == 0).Select(w => w.Key), StringComparer.Ordinal);
        while (ready.Count > 0)
        {
            var next = ready.Min!;
            ready.Remove(next);
            waitingOn.Remove(next);
            ordered.Add(tables[next]);
            foreach (var (table, parents) in waitingOn)
                if (parents.Remove(next) && parents.Count == 0)
                    ready.Add(table);
        }

        return waitingOn.Count == 0
            ? ordered
            : throw new InvalidOperationException($"The PostgreSQL tables {string.Join(", ", waitingOn.Keys.Order(StringComparer.Ordinal))} reference each other in a cycle: there is no order to copy them in.");
    }
}
