namespace OpenEip.Rpc.Signing;

public sealed record CallerCredential(string AccessKeyId, string AccessKeySecret, string AccountId, bool IsOperator);
