using OpenEip.Server.Configuration;
using OpenEip.Storage.Sqlite;

namespace OpenEip.Server.Hosting;

/// <summary>
/// What the server binary does besides serving, chosen by its first argument: <c>backup --to FILE</c> writes an
/// online backup of the database of <c>OpenEip:DataDir</c> (the server may keep running). Null when the
/// arguments ask for no command: serve.
/// </summary>
internal static class ServerCommands
{
    public static int? Run(string[] args, IConfiguration configuration)
    {
        if (args.Length == 0 || args[0].StartsWith('-'))
            return null;
        var options = configuration.GetSection(OpenEipOptions.Section).Get<OpenEipOptions>() ?? new OpenEipOptions();
        switch (args[0])
        {
            case "backup":
                return Backup(Path.Combine(options.DataDir, "openeip.db"), configuration["to"]);
            default:
                Console.Error.WriteLine($"Unknown command \"{args[0]}\". Commands: backup --to FILE. Without a command the server serves.");
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
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or Microsoft.Data.Sqlite.SqliteException)
        {
            Console.Error.WriteLine($"The backup failed: {e.Message}");
            return 1;
        }
    }
}
