using OpenEip.Core.Ports;
using OpenEip.Rpc.Parameters;
using OpenEip.Rpc.Signing;

namespace OpenEip.Rpc.Dispatch;

/// <summary>Everything an action needs of the request it serves.</summary>
public sealed record RpcCallContext(
    RpcCaller Caller,
    RpcParameters Parameters,
    string RequestId,
    IdempotencyKey? Idempotency,
    CancellationToken CancellationToken)
{
    public string AccountId => Caller.AccountId;

    public ParameterBinder Bind() => new(Parameters);
}
