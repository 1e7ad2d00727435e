using OpenEip.Core.Nat;

namespace OpenEip.Core.Ports;

/// <summary>The SNAT and DNAT (forward) entries of NAT gateways.</summary>
public interface INatEntryRecords
{
    Task InsertSnatAsync(SnatEntry entry);

    /// <summary>Replaces the entry's SNAT IPs (R-NAT-6 removes one address of several).</summary>
    Task SetSnatIpsAsync(string snatEntryId, IReadOnlyList<string> snatIps);

    /// <summary>ModifySnatEntry: writes the name, EipAffinity and SNAT IPs as given.</summary>
    Task UpdateSnatAsync(SnatEntry entry);

    Task DeleteSnatAsync(string snatEntryId);

    Task<SnatEntry?> FindSnatAsync(string snatTableId, string snatEntryId);

    Task<Page<SnatEntry>> QuerySnatAsync(SnatEntryQuery query);

    /// <summary>The gateway's SNAT entries, oldest first; with an address, only those using it.</summary>
    Task<IReadOnlyList<SnatEntry>> ListSnatAsync(string natGatewayId, string? ipAddress = null);

    /// <summary>The SNAT entries whose source is this vSwitch.</summary>
    Task<IReadOnlyList<string>> ListSnatIdsOfVSwitchAsync(string vSwitchId);

    Task InsertForwardAsync(ForwardEntry entry);

    /// <summary>ModifyForwardEntry: writes every field but the ids, gateway and creation time as given.</summary>
    Task UpdateForwardAsync(ForwardEntry entry);

    Task DeleteForwardAsync(string forwardEntryId);

    Task<ForwardEntry?> FindForwardAsync(string forwardTableId, string forwardEntryId);

    Task<Page<ForwardEntry>> QueryForwardAsync(ForwardEntryQuery query);

    /// <summary>The gateway's DNAT entries, oldest first; with an address, only those whose ExternalIp it is.</summary>
    Task<IReadOnlyList<ForwardEntry>> ListForwardAsync(string natGatewayId, string? externalIp = null);

    /// <summary>Which addresses of these gateways SNAT and DNAT entries use (DescribeNatGateways' UsingStatus).</summary>
    Task<IReadOnlyList<NatIpUsage>> ListIpUsageAsync(IReadOnlyCollection<string> natGatewayIds);
}
