using OpenEip.Core.Calls;
using OpenEip.Core.Identity;
using OpenEip.Core.Pools;
using OpenEip.Core.Ports;
using OpenEip.Server.Calls;
using OpenEip.Server.Configuration;
using OpenEip.Server.DataPlane;
using OpenEip.Storage.Postgres;
using OpenEip.Storage.Secrets;
using OpenEip.Storage.Sqlite;

namespace OpenEip.Server.Hosting;

/// <summary>Chooses the store (<c>OpenEip:Store</c>) and offers it under every port it serves.</summary>
internal static class StoreRegistration
{
    public const string ConnectionStringName = "OpenEip";

    public static void AddStore(this IServiceCollection services, OpenEipOptions options, IConfiguration configuration)
    {
        // SQLite's one writer is fastest with ids made one after another side by side in its indexes; PostgreSQL keeps
        // them spread apart (ResourceIds.Random says why).
        ResourceIds.CountUp = options.Store == StoreKind.Sqlite;
        switch (options.Store)
        {
            case StoreKind.Sqlite:
                services.AddSingleton(sp => new SqliteStore(
                    new SqliteStoreOptions(SqlitePath(options)),
                    sp.GetRequiredService<TimeProvider>(),
                    sp.GetRequiredService<SecretProtector>(),
                    sp.GetRequiredService<CurrentCall>(),
                    sp.GetRequiredService<ILogger<SqliteStore>>(),
                    sp.GetRequiredService<IReconcileSignal>()));
                AddPorts<SqliteStore>(services);
                services.AddSingleton<ISpentNonces, JournaledNonces>();
                services.AddSingleton<IWorkLeases, SoleServerLeases>();
                break;
            case StoreKind.Postgres:
                var connectionString = PostgresConnectionString(configuration);
                services.AddSingleton(sp => new PostgresStore(
                    new PostgresStoreOptions(connectionString),
                    sp.GetRequiredService<TimeProvider>(),
                    sp.GetRequiredService<SecretProtector>(),
                    sp.GetRequiredService<CurrentCall>(),
                    sp.GetRequiredService<ILogger<PostgresStore>>(),
                    sp.GetRequiredService<IReconcileSignal>()));
                AddPorts<PostgresStore>(services);
                services.AddSingleton<ISpentNonces>(sp => sp.GetRequiredService<PostgresStore>());
                services.AddSingleton<IWorkLeases>(_ => new PostgresWorkLeases(connectionString));
                services.AddSingleton(new PostgresChangeFeed(connectionString));
                services.AddHostedService<StoreChangeListener>();
                break;
            default:
                throw new InvalidOperationException($"OpenEip:Store \"{options.Store}\" is not a store; use Sqlite or Postgres.");
        }
    }

    public static string SqlitePath(OpenEipOptions options) => Path.Combine(options.DataDir, "openeip.db");

    /// <summary>The connection string of <c>ConnectionStrings:OpenEip</c>; refused at start when missing.</summary>
    public static string PostgresConnectionString(IConfiguration configuration) =>
        configuration.GetConnectionString(ConnectionStringName) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                "OpenEip:Store is Postgres but ConnectionStrings:OpenEip is not set (for example ConnectionStrings__OpenEip=\"Host=db;Database=openeip;Username=openeip;Password=...\").");

    private static void AddPorts<TStore>(IServiceCollection services)
        where TStore : class, IStore, IStoreHealth, IRequestLedger, IPoolUseQuery, ICredentialChanges
    {
        services.AddSingleton<IStore>(sp => sp.GetRequiredService<TStore>());
        services.AddSingleton<IStoreHealth>(sp => sp.GetRequiredService<TStore>());
        services.AddSingleton<IRequestLedger>(sp => sp.GetRequiredService<TStore>());
        services.AddSingleton<IPoolUseQuery>(sp => sp.GetRequiredService<TStore>());
        services.AddSingleton<ICredentialChanges>(sp => sp.GetRequiredService<TStore>());
    }
}
