using Microsoft.Extensions.Time.Testing;
using OpenEip.Core.Accounts;
using OpenEip.Core.Eips;
using OpenEip.Core.Ports;
using OpenEip.Core.Regions;
using OpenEip.Core.UseCases.Eips;
using OpenEip.Core.UseCases.ResourceGroups;
using OpenEip.Tests.Stores;

namespace OpenEip.Tests.UseCases;

/// <summary>The EIP use cases over a real store (SQLite, or PostgreSQL: <see cref="TestStore"/>), with a fake clock and a small address pool.</summary>
public sealed class EipTestBed : IDisposable
{
    public const string Region = "cn-hangzhou";

    private readonly TestStore _store = TestStore.Create("openeip-tests-");

    public EipTestBed(int poolSize = 64, DateTimeOffset? start = null)
    {
        Clock = new FakeTimeProvider(start ?? new DateTimeOffset(2026, 1, 10, 8, 0, 0, TimeSpan.Zero));
        Store = _store.Open(Clock);
        var regions = RegionCatalogue.LoadEmbedded();
        Allocate = new AllocateEip(Store, regions, Clock);
        Release = new ReleaseEip(Store, regions, Clock);
        Describe = new DescribeEips(Store, regions);
        Protect = new SetEipDeletionProtection(Store, regions);
        Pool = Enumerable.Range(1, poolSize).Select(i => $"203.0.{113 + (i / 256)}.{i % 256}").ToList();
        Store.WriteAsync<int>(null, async s => await s.Addresses.AddToPoolAsync(Region, Pool), CancellationToken.None).GetAwaiter().GetResult();
    }

    public FakeTimeProvider Clock { get; }
    public IStore Store { get; }
    public AllocateEip Allocate { get; }
    public ReleaseEip Release { get; }
    public DescribeEips Describe { get; }
    public SetEipDeletionProtection Protect { get; }
    public IReadOnlyList<string> Pool { get; }
    /// <summary>The same database opened again, as after a restart.</summary>
    public IStore Reopen() => _store.Open(Clock);

    public async Task<string> NewAccountAsync()
    {
        var account = new Account(Guid.NewGuid().ToString("N")[..16], "test", false, Clock.GetUtcNow());
        await Store.WriteAsync<Account>(null, async s =>
        {
            await s.Accounts.InsertAsync(account);
            await ResourceGroupPlacement.CreateDefaultAsync(s, account.AccountId, Clock.GetUtcNow());
            return account;
        }, CancellationToken.None);
        return account.AccountId;
    }

    public async Task<AllocatedEip> AllocateOkAsync(string accountId, AllocateEipCommand? command = null)
    {
        var result = await Allocate.ExecuteAsync(command ?? new AllocateEipCommand(accountId, Region), null, CancellationToken.None);
        Assert.True(result.IsSuccess, result.Error?.ToString());
        return result.Value;
    }

    public async Task<Eip?> FindAsync(string accountId, string allocationId) =>
        await Store.ReadAsync(s => s.Eips.FindAsync(accountId, allocationId), CancellationToken.None);

    public Task SetQuotaAsync(string accountId, string name, long value) =>
        Store.WriteAsync<bool>(null, async s =>
        {
            await s.Accounts.SetQuotaAsync(accountId, name, value);
            return true;
        }, CancellationToken.None);

    public void Dispose()
    {
        _store.Dispose();
    }
}
