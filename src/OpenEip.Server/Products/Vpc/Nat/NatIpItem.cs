using OpenEip.Core.Eips;
using OpenEip.Core.Ports;

namespace OpenEip.Server.Products.Vpc.Nat;

public sealed record NatIpItem(string AllocationId, string IpAddress, string PrivateIpAddress, bool SnatEntryEnabled, string UsingStatus)
{
    /// <summary>UsingStatus as Alibaba documents it: UsedBySnatTable, UsedByForwardTable, UsedByForwardSnatTable or Idle.</summary>
    public static NatIpItem From(Eip eip, NatIpUsage? usage)
    {
        var bySnat = usage?.BySnat == true;
        var byForward = usage?.ByForward == true;
        var status = (bySnat, byForward) switch
        {
            (true, true) => "UsedByForwardSnatTable",
            (true, false) => "UsedBySnatTable",
            (false, true) => "UsedByForwardTable",
            _ => "Idle",
        };
        return new NatIpItem(eip.AllocationId, eip.IpAddress, eip.Binding!.PrivateIpAddress, SnatEntryEnabled: bySnat, UsingStatus: status);
    }
}
