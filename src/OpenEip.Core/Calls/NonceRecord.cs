namespace OpenEip.Core.Calls;

/// <summary>A signature nonce spent by an AccessKey. It is remembered until <paramref name="ExpiresAt"/>, when
/// the request's timestamp leaves the replay window and the timestamp check alone refuses a replay.</summary>
public sealed record NonceRecord(string AccessKeyId, string Nonce, DateTimeOffset ExpiresAt);
