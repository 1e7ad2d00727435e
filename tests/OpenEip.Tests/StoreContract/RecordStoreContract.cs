using Microsoft.Extensions.Time.Testing;
using OpenEip.Core.Errors;
using OpenEip.Core.Ports;

namespace OpenEip.Tests.StoreContract;

/// <summary>
/// The plumbing of a record contract (issue 11): one fresh store per test, made by the engine's subclass, a clock the
/// test moves, and the page check every Query method gets. The contracts themselves say what a use case relies on from
/// a record port; each runs on SQLite and on PostgreSQL, so the two stores cannot drift apart.
/// </summary>
public abstract class RecordStoreContract : IDisposable
{
    private IStore? _store;

    protected FakeTimeProvider Clock { get; } = new(StoreContractData.Start);

    protected IStore Store => _store ??= CreateStore(Clock);

    /// <summary>A fresh, empty store (migrated) on the clock given.</summary>
    protected abstract IStore CreateStore(TimeProvider clock);

    protected abstract void DisposeStore();

    protected Task WriteAsync(Func<IStoreSession, Task> work) =>
        Store.WriteAsync<Unit>(null, async s =>
        {
            await work(s);
            return Unit.Value;
        }, CancellationToken.None);

    protected Task<T> ReadAsync<T>(Func<IStoreSession, Task<T>> work) => Store.ReadAsync(work, CancellationToken.None);

    /// <summary>A new account with its default resource group, a VPC and a vSwitch (10.0.0.0/24) in it.</summary>
    protected async Task<ContractNetwork> NewNetworkAsync()
    {
        var network = StoreContractData.NewNetwork(StoreContractData.NewAccountId(), Clock.GetUtcNow());
        await WriteAsync(async s =>
        {
            await s.Accounts.InsertAsync(network.Account);
            await s.ResourceGroups.InsertAsync(network.DefaultGroup);
            await s.Networks.InsertVpcAsync(network.Vpc);
            await s.Networks.InsertVSwitchAsync(network.VSwitch);
        });
        return network;
    }

    /// <summary>Another VPC (with its vSwitch) of the network's account.</summary>
    protected async Task<ContractNetwork> NewVpcAsync(ContractNetwork of, string name)
    {
        var other = StoreContractData.NewNetwork(of.AccountId, Clock.GetUtcNow(), name);
        await WriteAsync(async s =>
        {
            await s.Networks.InsertVpcAsync(other.Vpc);
            await s.Networks.InsertVSwitchAsync(other.VSwitch);
        });
        return other;
    }

    /// <summary>
    /// Every page of a listing against the order it must have: for several page sizes each page is its slice of
    /// <paramref name="expectedOrder"/>, a page past the end is empty, and TotalCount is the whole count on every page.
    /// </summary>
    protected async Task AssertPagesAsync<T>(IReadOnlyList<string> expectedOrder, Func<IStoreSession, int, int, Task<Page<T>>> query, Func<T, string> id)
    {
        foreach (var size in new[] { 1, 2, 3, Math.Max(1, expectedOrder.Count) })
        {
            var pages = (expectedOrder.Count + size - 1) / size;
            for (var number = 1; number <= pages + 1; number++)
            {
                var page = await ReadAsync(s => query(s, number, size));
                Assert.Equal(expectedOrder.Skip((number - 1) * size).Take(size), page.Items.Select(id));
                Assert.Equal(expectedOrder.Count, page.TotalCount);
            }
        }
    }

    /// <summary>The order of the Describe listings: newest first, then by id in byte order (SQLite's BINARY).</summary>
    protected static IReadOnlyList<string> NewestFirst<T>(IEnumerable<T> items, Func<T, DateTimeOffset> created, Func<T, string> id) =>
        items.OrderByDescending(created).ThenBy(id, StringComparer.Ordinal).Select(id).ToList();

    public void Dispose()
    {
        DisposeStore();
        GC.SuppressFinalize(this);
    }
}
