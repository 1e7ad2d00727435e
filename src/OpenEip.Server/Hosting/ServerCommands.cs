using Microsoft.Data.Sqlite;
using Npgsql;
using OpenEip.Server.Configuration;
using OpenEip.Storage.Postgres;
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
/// </list>
/// </remarks>
internal static class ServerCommands
{
    private const string Usage = "Commands: backup --to FILE; migrate. Without a command the server serves.";

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

    /// <summary>Failures of the operator's setup (unreachable, refused, a wrong file), said in one line, not a stack trace.</summary>
    private static bool IsOperatorsToFix(Exception e) =>
        e is IOException or UnauthorizedAccessException or InvalidOperationException or ArgumentException
            or SqliteException or NpgsqlException;

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
