namespace OpenEip.Rpc.Signing;

/// <summary>A request whose signature holds: who sent it, and which action of which API version it calls.</summary>
public sealed record AuthenticatedRequest(RpcCaller Caller, string Action, string Version);
