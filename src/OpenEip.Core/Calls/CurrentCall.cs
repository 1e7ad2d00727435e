namespace OpenEip.Core.Calls;

/// <summary>
/// The API call being served on this async flow, as <c>IHttpContextAccessor</c> gives the HTTP context:
/// the RPC endpoint sets it, and the store reads it when a use case writes, so that the call's nonce and
/// audit event join the write's transaction without every use case passing them along. Background work
/// (reconciler, billing) runs on flows of its own and sees none.
/// </summary>
public sealed class CurrentCall
{
    private static readonly AsyncLocal<CallRecord?> Slot = new();

    public CallRecord? Value
    {
        get => Slot.Value;
        set => Slot.Value = value;
    }
}
