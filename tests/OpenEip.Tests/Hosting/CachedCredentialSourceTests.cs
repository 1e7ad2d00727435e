using OpenEip.Core.Ports;
using OpenEip.Core.UseCases.Accounts;
using OpenEip.Server.Hosting;
using OpenEip.Tests.Stores;

namespace OpenEip.Tests.Hosting;

/// <summary>
/// AccessKeys cached in memory (issue 12): read from the store once, and never used after a key change the server
/// knows of, so a deleted key is refused at the very next call. On the store of the run (SQLite or PostgreSQL).
/// </summary>
public sealed class CachedCredentialSourceTests : IDisposable
{
    private readonly TestStore _database = TestStore.Create("openeip-credentials-");

    [Fact]
    public async Task A_key_is_read_once_then_served_from_memory_until_a_key_changes()
    {
        var store = _database.Open(TimeProvider.System);
        var counting = new CountingCredentialSource(new StoreCredentialSource(store));
        var cache = new CachedCredentialSource(counting, (ICredentialChanges)store);
        var created = (await new CreateAccount(store, TimeProvider.System).ExecuteAsync(new CreateAccountCommand("cached"), null, CancellationToken.None)).Value;

        var first = await cache.FindAsync(created.AccessKeyId, CancellationToken.None);
        var second = await cache.FindAsync(created.AccessKeyId, CancellationToken.None);

        Assert.Equal(created.AccessKeySecret, first?.AccessKeySecret);
        Assert.Equal(first, second);
        Assert.Equal(1, counting.Reads);

        // Another key of the account is created: the cache reads again, and finds the first key still there.
        var another = (await new CreateAccessKey(store, TimeProvider.System).ExecuteAsync(new CreateAccessKeyCommand(created.AccountId), null, CancellationToken.None)).Value;
        Assert.NotNull(await cache.FindAsync(created.AccessKeyId, CancellationToken.None));
        Assert.Equal(2, counting.Reads);
        Assert.Equal(another.AccessKeySecret, (await cache.FindAsync(another.AccessKeyId, CancellationToken.None))?.AccessKeySecret);
    }

    [Fact]
    public async Task A_deleted_key_is_refused_at_the_next_lookup()
    {
        var store = _database.Open(TimeProvider.System);
        var cache = new CachedCredentialSource(new StoreCredentialSource(store), (ICredentialChanges)store);
        var created = (await new CreateAccount(store, TimeProvider.System).ExecuteAsync(new CreateAccountCommand("deleted"), null, CancellationToken.None)).Value;
        Assert.NotNull(await cache.FindAsync(created.AccessKeyId, CancellationToken.None));

        var deleted = await new DeleteAccessKey(store).ExecuteAsync(new DeleteAccessKeyCommand(created.AccessKeyId), null, CancellationToken.None);

        Assert.True(deleted.IsSuccess, deleted.Error?.ToString());
        Assert.Null(await cache.FindAsync(created.AccessKeyId, CancellationToken.None));
    }

    [Fact]
    public async Task An_unknown_key_is_not_remembered_so_a_key_created_later_is_found()
    {
        var store = _database.Open(TimeProvider.System);
        var counting = new CountingCredentialSource(new StoreCredentialSource(store));
        var cache = new CachedCredentialSource(counting, (ICredentialChanges)store);

        Assert.Null(await cache.FindAsync("LTAInothere", CancellationToken.None));
        Assert.Null(await cache.FindAsync("LTAInothere", CancellationToken.None));

        Assert.Equal(2, counting.Reads);
    }

    public void Dispose() => _database.Dispose();
}
