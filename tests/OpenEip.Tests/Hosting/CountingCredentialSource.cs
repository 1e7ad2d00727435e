using OpenEip.Rpc.Signing;

namespace OpenEip.Tests.Hosting;

/// <summary>The store's credential source, counting how often it is asked (to see what the cache spares it).</summary>
internal sealed class CountingCredentialSource(ICredentialSource inner) : ICredentialSource
{
    private int _reads;

    public int Reads => _reads;

    public Task<CallerCredential?> FindAsync(string accessKeyId, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        return inner.FindAsync(accessKeyId, cancellationToken);
    }
}
