using System.Collections.Concurrent;
using OpenEip.Core.Ports;
using OpenEip.Rpc.Signing;

namespace OpenEip.Server.Hosting;

/// <summary>
/// AccessKeys kept in memory (issue 12: reading and unsealing the key on every call was over a third of a signed
/// call's time). An entry is used only while the store's <see cref="ICredentialChanges.Version"/> is the one read
/// before the entry was loaded: any AccessKey created or deleted, by this server or (PostgreSQL) another, makes every
/// entry stale at once, so a deleted key is refused at the next call after the change is known. Unknown keys are not
/// remembered, so a key created a moment ago is found, and a stream of made-up ids cannot fill the memory.
/// </summary>
/// <param name="store">Where keys are read when the cache has none (<see cref="StoreCredentialSource"/>).</param>
public sealed class CachedCredentialSource(ICredentialSource store, ICredentialChanges changes) : ICredentialSource
{
    /// <summary>Far more keys than an installation uses; past it the cache starts again rather than grow.</summary>
    private const int MaxEntries = 10_000;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public async Task<CallerCredential?> FindAsync(string accessKeyId, CancellationToken cancellationToken)
    {
        var version = changes.Version;
        if (_entries.TryGetValue(accessKeyId, out var entry) && entry.Version == version)
            return entry.Credential;

        var credential = await store.FindAsync(accessKeyId, cancellationToken);
        if (credential is null)
        {
            _entries.TryRemove(accessKeyId, out _);
            return null;
        }

        if (_entries.Count >= MaxEntries)
            _entries.Clear();
        _entries[accessKeyId] = new Entry(credential, version);
        return credential;
    }

    private sealed record Entry(CallerCredential Credential, long Version);
}
