using OpenEip.Core.Ports;

namespace OpenEip.Core.Calls;

/// <summary>
/// What the store records about one mutating API call in the same transaction as its effect: the
/// signature nonce (so that a replay is refused across restarts and across server processes) and the
/// audit event (so that the trail holds exactly the calls that took effect, with how they ended).
/// </summary>
/// <remarks>
/// A call that never reaches a store write (refused while its parameters were read, throttled) is
/// recorded after it ends, through the write-behind <see cref="ICallJournal"/>.
/// </remarks>
public sealed class CallRecord(NonceRecord nonce, AuditEvent audit)
{
    public NonceRecord Nonce { get; } = nonce;

    public AuditEvent Audit { get; } = audit;

    /// <summary>Set by the store once the nonce and the event are committed; a later write of the same call records nothing more.</summary>
    public bool Recorded { get; private set; }

    public void MarkRecorded() => Recorded = true;
}
