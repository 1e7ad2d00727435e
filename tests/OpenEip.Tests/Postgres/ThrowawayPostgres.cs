using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace OpenEip.Tests.Postgres;

/// <summary>
/// A PostgreSQL server of the tests' own, from Debian's packages (/usr/lib/postgresql/*/bin): initdb into a
/// temporary folder, started on a free loopback port with fsync off, stopped and removed at the end. initdb
/// refuses to run as root, so as root it runs as the <c>postgres</c> user. Each test asks for a database of
/// its own. Without PostgreSQL installed the tests that need it skip, saying why.
/// </summary>
public sealed class ThrowawayPostgres : IAsyncLifetime
{
    private static readonly Lazy<string?> s_bin = new(FindBin);
    private string? _directory;
    private int _port;
    private int _databases;

    /// <summary>Why the PostgreSQL tests cannot run here, or null.</summary>
    public static string? SkipReason =>
        s_bin.Value is null ? "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb; the README's test command installs it)"
        : IsRoot && !File.Exists("/usr/sbin/runuser") && !File.Exists("/bin/su") ? "running as root without su to run PostgreSQL as the postgres user"
        : null;

    private static bool IsRoot => Environment.UserName == "root";

    public async Task InitializeAsync()
    {
        if (SkipReason is not null)
            return;
        var bin = s_bin.Value!;
        _directory = Directory.CreateTempSubdirectory("openeip-pg-").FullName;
        _port = FreePort();
        if (IsRoot)
            await RunAsync("chown", "postgres", _directory);
        var data = Path.Combine(_directory, "data");
        await AsPostgresAsync($"{bin}/initdb -D {data} -U postgres -A trust --no-sync -E UTF8");
        await AsPostgresAsync($"{bin}/pg_ctl -D {data} -o \"-p {_port} -k {_directory} -c listen_addresses=127.0.0.1 -c fsync=off\" -l {_directory}/pg.log -w start");
    }

    /// <summary>A new, empty database on the server; its data source (the caller disposes it).</summary>
    /// <param name="createOptions">What follows <c>CREATE DATABASE name</c> (a template, a collation), if anything.</param>
    public async Task<NpgsqlDataSource> NewDatabaseAsync(string createOptions = "") => NpgsqlDataSource.Create(await NewConnectionStringAsync(createOptions));

    /// <summary>A new, empty database on the server; its connection string.</summary>
    public async Task<string> NewConnectionStringAsync(string createOptions = "")
    {
        var name = $"openeip_{Interlocked.Increment(ref _databases)}_{Guid.NewGuid():N}"[..30];
        await using (var admin = NpgsqlDataSource.Create(ConnectionString("postgres")))
        await using (var create = admin.CreateCommand($"CREATE DATABASE {name} {createOptions}"))
            await create.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    private string ConnectionString(string database) => $"Host=127.0.0.1;Port={_port};Username=postgres;Database={database};Pooling=true";

    public async Task DisposeAsync()
    {
        if (_directory is null)
            return;
        NpgsqlConnection.ClearAllPools();
        try
        {
            await AsPostgresAsync($"{s_bin.Value}/pg_ctl -D {_directory}/data -m immediate -w stop");
        }
        finally
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private static string? FindBin() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(b => File.Exists(Path.Combine(b, "initdb"))).Order().LastOrDefault()
            : null;

    private static Task AsPostgresAsync(string command) => IsRoot ? RunAsync("su", "postgres", "-c", command) : RunAsync("sh", "-c", command);

    private static async Task RunAsync(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{await output}\n{await error}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
