using OpenEip.Core.Calls;

namespace OpenEip.Rpc.Signing;

/// <summary>A request whose signature holds: who sent it, which action of which API version it calls, and the nonce it spent.</summary>
public sealed record AuthenticatedRequest(RpcCaller Caller, string Action, string Version, NonceRecord Nonce);
