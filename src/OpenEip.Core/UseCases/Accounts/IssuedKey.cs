namespace OpenEip.Core.UseCases.Accounts;

/// <summary>A new AccessKey as its write records it: the ids alone, never the secret (that stays sealed in the key table).</summary>
public sealed record IssuedKey(string AccountId, string AccessKeyId);
