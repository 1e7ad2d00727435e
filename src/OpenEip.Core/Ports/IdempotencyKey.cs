namespace OpenEip.Core.Ports;

/// <summary>
/// A ClientToken (R-EIP-10) scoped to its account, with a fingerprint of the request it came with
/// (action and parameters), so that a reuse with other parameters is recognised.
/// </summary>
public sealed record IdempotencyKey(string AccountId, string ClientToken, string Fingerprint);
