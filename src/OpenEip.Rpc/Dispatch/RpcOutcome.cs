using OpenEip.Core.Errors;

namespace OpenEip.Rpc.Dispatch;

/// <summary>How a call ended, and (when it was throttled) how long the caller should wait before retrying.</summary>
public readonly record struct RpcOutcome(Result<object> Result, TimeSpan? RetryAfter = null)
{
    public static implicit operator RpcOutcome(Result<object> result) => new(result);

    public static implicit operator RpcOutcome(Error error) => new(Result<object>.Fail(error));
}
