using OpenEip.Core.Errors;
using OpenEip.Core.Nat;
using OpenEip.Core.Networks;
using OpenEip.Core.Ports;

namespace OpenEip.Core.UseCases.Nat;

/// <summary>
/// What an SNAT entry must satisfy (R-NAT-5), whether CreateSnatEntry makes it or ModifySnatEntry changes it. The
/// parameter checks need nothing else; <see cref="LoadAsync"/> reads the facts inside the transaction, and
/// <see cref="Create"/> and <see cref="Modify"/> are the rules over them, pure functions tested without a database.
/// </summary>
public static class SnatEntryRules
{
    /// <summary>The comma-separated SnatIp: IPv4 addresses, each once.</summary>
    public static Result<IReadOnlyList<string>> ParseSnatIps(string text)
    {
        var ips = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (ips.Length == 0)
            return ApiErrors.MissingParameter("SnatIp");
        var malformed = ips.FirstOrDefault(ip => Ipv4Block.ParseAddress(ip) is null);
        if (malformed is not null)
            return NatEntryErrors.IpMalformed("SnatIp", malformed, "a comma-separated list of IPv4 addresses of EIPs is expected.");
        var repeated = ips.GroupBy(ip => ip, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
            return NatEntryErrors.IpMalformed("SnatIp", repeated.Key, "the address is given more than once.");
        return ips;
    }

    /// <summary>Exactly one of SourceVSwitchId and SourceCIDR, a block well formed.</summary>
    public static Error? ValidateSource(CreateSnatEntryCommand command) =>
        (command.SourceVSwitchId, command.SourceCidr) switch
        {
            (null, null) => NatEntryErrors.SourceMissing(),
            (not null, not null) => NatEntryErrors.SourceConflict(),
            (null, { } cidr) when Ipv4Block.Parse(cidr) is null => NatEntryErrors.SourceCidrMalformed(cidr),
            _ => null,
        };

    /// <summary>The facts for an entry of this gateway; <paramref name="sourceVSwitchId"/> is the vSwitch a new entry names, if any.</summary>
    public static async Task<SnatEntryFacts> LoadAsync(IStoreSession session, NatGateway gateway, string? sourceVSwitchId) =>
        new(
            gateway,
            await NatGatewayLookup.BoundAddressesAsync(session, gateway.NatGatewayId),
            await session.NatEntries.ListSnatAsync(gateway.NatGatewayId),
            await session.NatEntries.ListForwardAsync(gateway.NatGatewayId),
            sourceVSwitchId is null ? null : await session.Networks.FindVSwitchAsync(gateway.AccountId, sourceVSwitchId));

    /// <summary>
    /// CreateSnatEntry over parameters already checked (<see cref="ParseSnatIps"/>, <see cref="ValidateSource"/>, the
    /// name): an internet gateway (R-NAT-1); a source vSwitch of the gateway's VPC, whose block becomes the entry's;
    /// SNAT IPs usable (<see cref="CheckIps"/>); and a source in no other entry, by block or by vSwitch.
    /// </summary>
    public static Result<SnatEntry> Create(SnatEntryFacts facts, CreateSnatEntryCommand command, IReadOnlyList<string> snatIps, string snatEntryId, DateTimeOffset now)
    {
        var gateway = facts.Gateway;
        if (NatEntryRules.RequireInternet(gateway) is { } denied)
            return denied;
        var source = ResolveSource(facts, command);
        if (!source.IsSuccess)
            return source.Error;
        var (vSwitchId, cidr) = source.Value;
        if (CheckIps(facts, snatIps) is { } unusable)
            return unusable;
        // One entry per source: a vSwitch entry's key is its vSwitch's block, so a block and the vSwitch it is clash too.
        var clash = facts.SnatEntries.FirstOrDefault(e => e.SourceCidr == cidr || (vSwitchId.Length > 0 && e.SourceVSwitchId == vSwitchId));
        if (clash is not null)
            return NatEntryErrors.SourceDuplicated(clash.SourceVSwitchId.Length > 0 ? $"the vSwitch {clash.SourceVSwitchId} ({clash.SourceCidr})" : $"the block {cidr}", clash.SnatEntryId);

        return new SnatEntry
        {
            SnatEntryId = snatEntryId,
            AccountId = command.AccountId,
            RegionId = gateway.RegionId,
            NatGatewayId = gateway.NatGatewayId,
            SnatTableId = gateway.SnatTableId,
            Name = command.Name ?? "",
            SnatIps = snatIps,
            SourceVSwitchId = vSwitchId,
            SourceCidr = cidr,
            EipAffinity = command.EipAffinity,
            CreationTime = now,
        };
    }

    /// <summary>
    /// ModifySnatEntry: the name, EipAffinity and the SNAT IPs (<paramref name="snatIps"/>, parsed; null when not given),
    /// which obey the rules of CreateSnatEntry. The source cannot change, as on Alibaba.
    /// </summary>
    public static Result<SnatEntry> Modify(SnatEntryFacts facts, SnatEntry entry, ModifySnatEntryCommand command, IReadOnlyList<string>? snatIps)
    {
        if (snatIps is not null && CheckIps(facts, snatIps) is { } unusable)
            return unusable;
        return entry with
        {
            SnatIps = snatIps ?? entry.SnatIps,
            Name = command.Name ?? entry.Name,
            EipAffinity = command.EipAffinity ?? entry.EipAffinity,
        };
    }

    /// <summary>(vSwitch id or "", the source block): a vSwitch entry's block is the vSwitch's.</summary>
    private static Result<(string VSwitchId, string Cidr)> ResolveSource(SnatEntryFacts facts, CreateSnatEntryCommand command)
    {
        if (command.SourceVSwitchId is not { } vSwitchId)
            return ("", command.SourceCidr!);
        var vSwitch = facts.SourceVSwitch;
        return vSwitch is null || vSwitch.VpcId != facts.Gateway.VpcId
            ? NatEntryErrors.SourceVSwitchNotInVpc(vSwitchId, facts.Gateway.VpcId)
            : (vSwitch.VSwitchId, vSwitch.CidrBlock);
    }

    /// <summary>Each SNAT IP is an EIP bound to the gateway and not IP-mapped by a DNAT entry.</summary>
    private static Error? CheckIps(SnatEntryFacts facts, IReadOnlyList<string> ips)
    {
        var stranger = ips.FirstOrDefault(ip => !facts.BoundAddresses.Contains(ip));
        if (stranger is not null)
            return NatEntryErrors.IpNotInNatGateway("SnatIp", stranger, facts.Gateway.NatGatewayId);
        var mapped = facts.ForwardEntries.FirstOrDefault(f => f.IsIpMapping && ips.Contains(f.ExternalIp));
        return mapped is null ? null : NatEntryErrors.IpUsedByIpMapping(mapped.ExternalIp, mapped.ForwardEntryId);
    }
}
