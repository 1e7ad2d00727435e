using OpenEip.LoadBench.Http;
using OpenEip.LoadBench.Signing;

namespace OpenEip.LoadBench.Scenarios;

/// <summary>A scenario's clients: one <see cref="RpcClient"/> (one connection) each, opened per run and closed after it.</summary>
public sealed class ClientSet(string baseUrl, Func<int, AccessKey> keyOf, SignatureKind kind = SignatureKind.V3)
{
    private RpcClient[] _clients = [];

    public RpcClient this[int client] => _clients[client];

    public void Open(int count) =>
        _clients = Enumerable.Range(0, count).Select(i => RpcClient.Open(baseUrl, keyOf(i), kind)).ToArray();

    public void Close()
    {
        foreach (var client in _clients)
            client.Dispose();
        _clients = [];
    }
}
