namespace OpenEip.Rpc.Signing;

/// <summary>The authenticated caller of one request.</summary>
public sealed record RpcCaller(string AccessKeyId, string AccountId, bool IsOperator);
