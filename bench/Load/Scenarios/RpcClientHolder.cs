using OpenEip.LoadBench.Http;
using OpenEip.LoadBench.Signing;

namespace OpenEip.LoadBench.Scenarios;

/// <summary>An unmeasured client of its own, for the set-up and clean-up calls around a run.</summary>
public sealed class RpcClientHolder(string baseUrl, AccessKey key) : IDisposable
{
    public RpcClient Client { get; } = RpcClient.Open(baseUrl, key);

    public void Dispose() => Client.Dispose();
}
