namespace OpenEip.Rpc.Signing;

/// <summary>
/// The clock that request timestamps are checked against. It is kept apart from the service's
/// business clock because a test deployment may move that one (expiry, recovery windows) while
/// clients keep signing with the real time.
/// </summary>
public sealed record SignatureClock(TimeProvider Time);
