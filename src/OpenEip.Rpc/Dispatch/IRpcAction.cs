using OpenEip.Core.Errors;

namespace OpenEip.Rpc.Dispatch;

/// <summary>
/// One operation of one API version. It binds its parameters, calls a use case, and returns the
/// response body (without RequestId: the writer adds it) shaped like the SDK model.
/// </summary>
public interface IRpcAction
{
    string Version { get; }

    string Name { get; }

    /// <summary>Mutating actions honour ClientToken (R-EIP-10).</summary>
    bool IsMutating { get; }

    /// <summary>Only the operator (root) account may call it.</summary>
    bool RequiresOperator => false;

    Task<Result<object>> ExecuteAsync(RpcCallContext context);
}
