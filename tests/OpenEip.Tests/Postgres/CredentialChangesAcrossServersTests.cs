using Microsoft.Extensions.Time.Testing;
using OpenEip.Core.UseCases.Accounts;
using OpenEip.Server.Hosting;
using OpenEip.Storage.Postgres;
using OpenEip.Storage.Secrets;

namespace OpenEip.Tests.Postgres;

/// <summary>
/// Several servers on one database (issue 12's credential cache): a key deleted through one server is refused by
/// another as soon as that one hears the commit on the change feed, without waiting for any expiry.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class CredentialChangesAcrossServersTests(ThrowawayPostgres postgres)
{
    [PostgresFact]
    public async Task A_key_deleted_through_one_server_is_refused_by_another_once_it_hears_the_commit()
    {
        var connectionString = await postgres.NewConnectionStringAsync();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 8, 0, 0, TimeSpan.Zero));
        var secrets = SecretProtector.Ephemeral();
        using var first = new PostgresStore(new PostgresStoreOptions(connectionString), clock, secrets);
        using var second = new PostgresStore(new PostgresStoreOptions(connectionString), clock, secrets);
        var secondCache = new CachedCredentialSource(new StoreCredentialSource(second), second);
        using var stop = new CancellationTokenSource();
        var connected = new TaskCompletionSource();
        var heard = new TaskCompletionSource();
        var listening = new PostgresChangeFeed(connectionString).ListenAsync(
            payload =>
            {
                second.HeardOfChange(payload);
                if (payload is null)
                    connected.TrySetResult();
                else if (payload == PostgresChangeFeed.CredentialsChanged)
                    heard.TrySetResult();
            },
            stop.Token);
        await connected.Task.WaitAsync(TimeSpan.FromSeconds(30));

        var created = (await new CreateAccount(first, clock).ExecuteAsync(new CreateAccountCommand("shared"), null, CancellationToken.None)).Value;
        await heard.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.NotNull(await secondCache.FindAsync(created.AccessKeyId, CancellationToken.None));

        heard = new TaskCompletionSource();
        await new DeleteAccessKey(first).ExecuteAsync(new DeleteAccessKeyCommand(created.AccessKeyId), null, CancellationToken.None);
        await heard.Task.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Null(await secondCache.FindAsync(created.AccessKeyId, CancellationToken.None));
        await stop.CancelAsync();
        await listening;
    }
}
