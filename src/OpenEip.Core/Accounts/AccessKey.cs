namespace OpenEip.Core.Accounts;

/// <summary>
/// An AccessKey pair. The secret is kept as given because both of Alibaba's signature schemes
/// are HMACs keyed by it: the server must be able to recompute them.
/// </summary>
public sealed record AccessKey(string AccessKeyId, string AccessKeySecret, string AccountId, DateTimeOffset CreationTime);
