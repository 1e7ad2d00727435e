namespace OpenEip.Server.Products.Vpc.Nat;

public sealed record NatIpItem(string AllocationId, string IpAddress, string PrivateIpAddress, bool SnatEntryEnabled, string UsingStatus);
