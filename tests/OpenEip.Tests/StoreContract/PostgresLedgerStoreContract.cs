using OpenEip.Core.Ports;
using OpenEip.Storage.Postgres;
using OpenEip.Tests.Postgres;

namespace OpenEip.Tests.StoreContract;

/// <summary>The ledger contract on PostgreSQL: two stores on one database of the throwaway server (skipped without one).</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresLedgerStoreContract(ThrowawayPostgres postgres) : LedgerStoreContract
{
    private readonly List<PostgresStore> _stores = [];

    protected override (IStore First, IStore Second) CreateStores(TimeProvider clock)
    {
        Skip.If(ThrowawayPostgres.SkipReason is not null, ThrowawayPostgres.SkipReason);
        var connectionString = postgres.NewConnectionStringAsync().GetAwaiter().GetResult();
        // Pages of 64 nonces, so that the contract's 300 are read over several pages (LiveNoncesAsync), as a start's million are.
        _stores.Add(new PostgresStore(new PostgresStoreOptions(connectionString, LiveNoncePageRows: 64), clock));
        _stores.Add(new PostgresStore(new PostgresStoreOptions(connectionString, LiveNoncePageRows: 64), clock));
        return (_stores[0], _stores[1]);
    }

    protected override void DisposeStores()
    {
        foreach (var store in _stores)
            store.Dispose();
    }
}
