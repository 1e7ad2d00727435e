using OpenEip.Core.Eips;
using OpenEip.Core.HaVips;

namespace OpenEip.Core.UseCases.Associations;

/// <summary>
/// What the HaVip binding rules decide on, read in the binding's transaction: the HaVip (its status follows
/// from its members, not from time, so it needs no status-at-time) and the EIPs already on it (R-HAVIP-3).
/// </summary>
public sealed record HaVipBindingFacts(HaVip? HaVip, IReadOnlyList<Eip> EipsOnHaVip)
{
    public static readonly HaVipBindingFacts NotFound = new(null, []);
}
