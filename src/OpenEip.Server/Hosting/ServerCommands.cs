using Microsoft.Data.Sqlite;
using Npgsql;
using OpenEip.Server.Configuration;
using OpenEip.Storage.Postgres;
using OpenEip.Storage.Secrets;
using OpenEip.Storage.Sqlite;

namespace OpenEip.Server.Hosting;

/// <summary>
/// What the server binary does besides serving, chosen by its first argument. Null when the arguments ask for no
/// command: serve. Every command exits 0 when done, 1 when it failed (one line on stderr saying why) and 2 when it was
/// asked wrongly.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><c>backup --to FILE</c>: an online backup of the SQLite database of <c>OpenEip:DataDir</c> (the server may keep running).</item>
/// <item><c>migrate</c>: applies the configured store's migrations (<c>OpenEip:Store</c>), so they can run before new servers are deployed.</item>
/// <item><c>copy-to-postgres</c>: copies the SQLite database of <c>OpenEip:DataDir</c> into the empty PostgreSQL database of <c>ConnectionStrings:OpenEip</c>.</item>
/// </list>
/// </remarks>
internal static class ServerCommands
{
    private const string Usage = "Commands: backup --to FILE; migrate; copy-to-postgres. Without a command the server serves.";

    public static int? Run(string[] args, IConfiguration configuration)
    {
        if (args.Length == 0 || args[0].StartsWith('-'))
            return null;
        OpenEipOptions options;
        try
        {
            options = configuration.GetSection(OpenEipOptions.Section).Get<OpenEipOptions>() ?? new OpenEipOptions();
        }
        catch (InvalidOperationException e)
        {
            // A setting that does not bind (OpenEip:Store=Mysql): said as the server says it at start, without a stack trace.
            Console.Error.WriteLine($"{args[0]}: the settings are not valid: {e.Message}");
            return 2;
        }

        switch (args[0])
        {
            case "backup":
                return Backup(StoreRegistration.SqlitePath(options), configuration["to"]);
            case "migrate":
                return Migrate(options, configuration);
            case "copy-to-postgres":
                return CopyToPostgres(options, configuration);
            default:
                Console.Error.WriteLine($"Unknown command \"{args[0]}\". {Usage}");
                return 2;
        }
    }

    private static int Backup(string databasePath, string? target)
    {
        if (string.IsNullOrWhiteSpace(target))
        {
            Console.Error.WriteLine("backup needs --to FILE: where to write the copy of the database.");
            return 2;
        }

        try
        {
            var eips = SqliteBackup.Run(databasePath, target);
            Console.WriteLine($"Backed up {databasePath} to {Path.GetFullPath(target)} ({eips} EIPs). Keep the secrets key (OpenEip:Secrets:KeyFile) with it: the copy's AccessKey secrets are sealed with that key.");
            return 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or SqliteException)
        {
            Console.Error.WriteLine($"The backup failed: {e.Message}");
            return 1;
        }
    }

    /// <summary>The migrations a starting server would apply, applied now; several servers may then start on the result at once.</summary>
    private static int Migrate(OpenEipOptions options, IConfiguration configuration)
    {
        string where;
        IReadOnlyList<string> applied;
        try
        {
            switch (options.Store)
            {
                case StoreKind.Sqlite:
                    where = Path.GetFullPath(StoreRegistration.SqlitePath(options));
                    var created = !File.Exists(where);
                    applied = SqliteSchemaMigration.Apply(where, TimeProvider.System);
                    where = $"the SQLite database {where}{(created ? " (created)" : "")}";
                    break;
                case StoreKind.Postgres:
                    if (configuration.GetConnectionString(StoreRegistration.ConnectionStringName) is not { Length: > 0 } connectionString)
                    {
                        Console.Error.WriteLine("migrate on PostgreSQL needs ConnectionStrings:OpenEip (for example ConnectionStrings__OpenEip=\"Host=db;Database=openeip;Username=openeip;Password=...\").");
                        return 2;
                    }

                    where = $"the PostgreSQL database {Describe(connectionString)}";
                    using (var database = NpgsqlDataSource.Create(connectionString))
                        applied = PostgresMigrator.MigrateAsync(database, TimeProvider.System, CancellationToken.None).GetAwaiter().GetResult();
                    break;
                default:
                    Console.Error.WriteLine($"OpenEip:Store \"{options.Store}\" is not a store; use Sqlite or Postgres.");
                    return 2;
            }
        }
        catch (Exception e) when (IsOperatorsToFix(e))
        {
            Console.Error.WriteLine($"The migration failed: {e.Message}");
            return 1;
        }

        Console.WriteLine(applied.Count == 0
            ? $"{Capitalized(where)} is already up to date."
            : $"Applied {applied.Count} migration{(applied.Count == 1 ? "" : "s")} to {where}: {string.Join(", ", applied)}.");
        return 0;
    }

    /// <summary>
    /// The move from SQLite to PostgreSQL. It reads an online snapshot, so it runs beside a serving server, but only what
    /// the snapshot holds arrives: the servers are stopped first for a move that loses nothing.
    /// </summary>
    private static int CopyToPostgres(OpenEipOptions options, IConfiguration configuration)
    {
        var source = Path.GetFullPath(StoreRegistration.SqlitePath(options));
        var keyFile = Path.GetFullPath(options.Secrets.KeyFile ?? Path.Combine(options.DataDir, "secrets.key"));
        if (configuration.GetConnectionString(StoreRegistration.ConnectionStringName) is not { Length: > 0 } connectionString)
        {
            Console.Error.WriteLine("copy-to-postgres needs ConnectionStrings:OpenEip, the empty PostgreSQL database to copy into (for example ConnectionStrings__OpenEip=\"Host=db;Database=openeip;Username=openeip;Password=...\").");
            return 2;
        }

        try
        {
            if (!File.Exists(source))
                throw new InvalidOperationException($"There is no database at {source} (OpenEip:DataDir).");
            // Without the key the copied secrets open nowhere; and loading it must not create a new one.
            if (!File.Exists(keyFile))
                throw new InvalidOperationException($"There is no secrets key at {keyFile} (OpenEip:Secrets:KeyFile): the database's AccessKey secrets are sealed with it, and the PostgreSQL servers need it.");
            var target = Describe(connectionString);
            var report = SqliteToPostgres.CopyAsync(source, connectionString, SecretKeyFile.LoadOrCreate(keyFile), TimeProvider.System, CancellationToken.None)
                .GetAwaiter().GetResult();

            Console.WriteLine($"Copied {source} into the PostgreSQL database {target}"
                + (report.Migrations.Count > 0 ? $" (migrated first: {string.Join(", ", report.Migrations)})" : "") + ":");
            var width = report.Tables.Max(t => t.Name.Length);
            foreach (var table in report.Tables)
                Console.WriteLine($"  {table.Name.PadRight(width)}  {table.Rows,9}");
            Console.WriteLine($"  {"total".PadRight(width)}  {report.Rows,9} rows in {report.Tables.Count} tables");
            Console.WriteLine($"Next: give every server OpenEip:Store=Postgres and this ConnectionStrings:OpenEip, and the same secrets key file ({keyFile}): the copied AccessKey secrets are sealed with it. Keep {source} until the PostgreSQL servers are serving.");
            return 0;
        }
        catch (Exception e) when (IsOperatorsToFix(e))
        {
            Console.Error.WriteLine($"The copy failed: {e.Message}");
            return 1;
        }
    }

    /// <summary>Failures of the operator's setup (unreachable, refused, wrong file or key), said in one line, not a stack trace.</summary>
    private static bool IsOperatorsToFix(Exception e) =>
        e is IOException or UnauthorizedAccessException or InvalidOperationException or ArgumentException
            or SqliteException or NpgsqlException or SecretKeyMismatchException;

    /// <summary>The database, host and port of a connection string; never its password.</summary>
    private static string Describe(string connectionString)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new InvalidOperationException($"ConnectionStrings:OpenEip is not a valid connection string ({e.Message}).", e);
        }

        return $"{builder.Database ?? builder.Username ?? "(default)"} on {builder.Host}:{builder.Port}";
    }

    private static string Capitalized(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
