namespace OpenEip.DataPlane.Naming;

/// <summary>
/// The number of each VPC in its region's gateway: its packet mark (set from the <c>eip_vpc</c> map) and
/// its routing table (<c>ip rule fwmark N lookup N</c>). Derived from a hash of the VPC id into a range
/// clear of the kernel's reserved tables, with linear probing in ordinal order of the ids on a clash, so
/// the numbers are stable and distinct for a given set of VPCs.
/// </summary>
public static class VpcMarks
{
    public const uint First = 0x1000;
    public const uint Span = 1u << 20;

    public static IReadOnlyDictionary<string, uint> Assign(IEnumerable<string> vpcIds) => Assign(vpcIds, DefaultSlot);

    /// <param name="slot">The preferred slot of an id in [0, <see cref="Span"/>); tests pass a clashing one.</param>
    public static IReadOnlyDictionary<string, uint> Assign(IEnumerable<string> vpcIds, Func<string, uint> slot)
    {
        var result = new Dictionary<string, uint>(StringComparer.Ordinal);
        var taken = new HashSet<uint>();
        foreach (var id in vpcIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            if (taken.Count == Span)
                throw new InvalidOperationException($"More than {Span} VPCs in one region.");
            var n = slot(id) % Span;
            while (!taken.Add(n))
                n = (n + 1) % Span;
            result[id] = First + n;
        }

        return result;
    }

    private static uint DefaultSlot(string vpcId) => BitConverter.ToUInt32(NameHash.Of("mark/" + vpcId), 0);
}
