using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using OpenEip.Core.Accounts;
using OpenEip.Core.UseCases.Accounts;
using OpenEip.Storage.Secrets;
using OpenEip.Storage.Sqlite;

namespace OpenEip.Tests.Storage;

/// <summary>AccessKey secrets at rest (issue 8): sealed in the table, opened only with the key, never beside a ClientToken.</summary>
public sealed class SecretSealingTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("openeip-secrets-").FullName;
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 26, 0, 0, 0, TimeSpan.Zero));

    private string DatabasePath => Path.Combine(_directory, "openeip.db");

    [Fact]
    public async Task StoredSecret_IsSealedAndOpensToTheOriginal()
    {
        var key = SecretProtector.Ephemeral();
        using var store = new SqliteStore(new SqliteStoreOptions(DatabasePath), _clock, key);
        await new OperatorBootstrap(store, _clock).EnsureAsync("LTAIop", "plain-secret-value", CancellationToken.None);

        Assert.StartsWith("v1:" + key.KeyId + ":", RawSecret("LTAIop"), StringComparison.Ordinal);
        Assert.Equal("plain-secret-value", (await store.ReadAsync(s => s.Accounts.FindAccessKeyAsync("LTAIop"), CancellationToken.None))!.AccessKeySecret);
    }

    [Fact]
    public async Task DatabaseFromBeforeSealing_IsSealedWhenOpened()
    {
        var key = SecretProtector.Ephemeral();
        using (var store = new SqliteStore(new SqliteStoreOptions(DatabasePath), _clock, key))
        {
            await store.WriteAsync<bool>(null, async s =>
            {
                await s.Accounts.InsertAsync(new Account("1000000000000001", "op", true, _clock.GetUtcNow()));
                return true;
            }, CancellationToken.None);
        }

        Execute("INSERT INTO access_keys (access_key_id, access_key_secret, account_id, creation_time) VALUES ('LTAIold', 'old-plain-secret', '1000000000000001', 0)");
        using var reopened = new SqliteStore(new SqliteStoreOptions(DatabasePath), _clock, key);

        Assert.True(SecretProtector.IsSealed(RawSecret("LTAIold")));
        Assert.Equal("old-plain-secret", (await reopened.ReadAsync(s => s.Accounts.FindAccessKeyAsync("LTAIold"), CancellationToken.None))!.AccessKeySecret);
    }

    [Fact]
    public async Task AnotherKey_CannotOpenTheSecrets_AndSaysWhy()
    {
        using (var store = new SqliteStore(new SqliteStoreOptions(DatabasePath), _clock, SecretProtector.Ephemeral()))
            await new OperatorBootstrap(store, _clock).EnsureAsync("LTAIop", "s3cret-value", CancellationToken.None);

        using var wrongKey = new SqliteStore(new SqliteStoreOptions(DatabasePath), _clock, SecretProtector.Ephemeral());
        var error = await Assert.ThrowsAsync<SecretKeyMismatchException>(() => wrongKey.ReadAsync(s => s.Accounts.FindAccessKeyAsync("LTAIop"), CancellationToken.None));
        Assert.Contains("restore the key file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SealedSecret_MovedToAnotherKeyRow_DoesNotOpen()
    {
        var key = SecretProtector.Ephemeral();
        var sealedForA = key.Seal("secret-a", "LTAIa");

        Assert.Throws<SecretKeyMismatchException>(() => key.Unseal(sealedForA, "LTAIb"));
        Assert.Equal("secret-a", key.Unseal(sealedForA, "LTAIa"));
    }

    [Fact]
    public async Task CreateAccessKey_WithAClientToken_KeepsNoSecretBesideIt_AndARetryGetsTheSameSecret()
    {
        using var store = new SqliteStore(new SqliteStoreOptions(DatabasePath), _clock, SecretProtector.Ephemeral());
        var account = (await new CreateAccount(store, _clock).ExecuteAsync(new CreateAccountCommand("tenant"), null, CancellationToken.None)).Value;
        var token = new OpenEip.Core.Ports.IdempotencyKey("op", "ct-1", "fingerprint");
        var createKey = new CreateAccessKey(store, _clock);

        var first = (await createKey.ExecuteAsync(new CreateAccessKeyCommand(account.AccountId), token, CancellationToken.None)).Value;
        var retry = (await createKey.ExecuteAsync(new CreateAccessKeyCommand(account.AccountId), token, CancellationToken.None)).Value;

        Assert.Equal(first, retry);
        using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        var stored = connection.QuerySingle<string>("SELECT response FROM idempotency WHERE client_token = 'ct-1'");
        Assert.DoesNotContain(first.AccessKeySecret, stored, StringComparison.Ordinal);
        Assert.DoesNotContain("Secret", stored, StringComparison.Ordinal);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void NewDatabase_IsPrivateToItsOwner()
    {
        using var store = new SqliteStore(new SqliteStoreOptions(Path.Combine(_directory, "sub", "openeip.db")), _clock);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.Combine(_directory, "sub")));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(_directory, "sub", "openeip.db")));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private string RawSecret(string accessKeyId)
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        return connection.QuerySingle<string>("SELECT access_key_secret FROM access_keys WHERE access_key_id = @accessKeyId", new { accessKeyId });
    }

    private void Execute(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        connection.Execute(sql);
    }
}
