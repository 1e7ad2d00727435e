using OpenEip.Core.Errors;
using OpenEip.Core.Identity;
using OpenEip.Core.Nat;
using OpenEip.Core.Networks;
using OpenEip.Core.Ports;

namespace OpenEip.Core.UseCases.Nat;

/// <summary>CreateSnatEntry, ModifySnatEntry, DeleteSnatEntry and DescribeSnatTableEntries (R-NAT-5).</summary>
public sealed class SnatEntryLifecycle(IStore store, TimeProvider clock)
{
    public Task<Result<SnatEntry>> CreateAsync(CreateSnatEntryCommand command, IdempotencyKey? idempotency, CancellationToken cancellationToken)
    {
        var ips = ParseSnatIps(command.SnatIp);
        if (!ips.IsSuccess)
            return Task.FromResult(Result<SnatEntry>.Fail(ips.Error));
        var invalid = ValidateSource(command) ?? NatEntryTables.ValidateName("SnatEntryName", command.Name);
        if (invalid is not null)
            return Task.FromResult(Result<SnatEntry>.Fail(invalid));
        return store.WriteAsync<SnatEntry>(idempotency, async session =>
        {
            var found = await NatEntryTables.GatewayOfSnatTableAsync(session, command.AccountId, command.RegionId, command.SnatTableId);
            if (!found.IsSuccess)
                return found.Error;
            var gateway = found.Value;
            if (NatEntryTables.RequireInternet(gateway) is { } denied)
                return denied;
            var source = await ResolveSourceAsync(session, gateway, command);
            if (!source.IsSuccess)
                return source.Error;
            var (vSwitchId, cidr) = source.Value;
            var unusable = await CheckIpsAsync(session, gateway, ips.Value);
            if (unusable is not null)
                return unusable;
            var existing = await session.NatEntries.ListSnatAsync(gateway.NatGatewayId);
            var clash = existing.FirstOrDefault(e => e.SourceCidr == cidr || (vSwitchId.Length > 0 && e.SourceVSwitchId == vSwitchId));
            if (clash is not null)
                return NatEntryErrors.SourceDuplicated(clash.SourceVSwitchId.Length > 0 ? $"the vSwitch {clash.SourceVSwitchId} ({clash.SourceCidr})" : $"the block {cidr}", clash.SnatEntryId);

            var entry = new SnatEntry
            {
                SnatEntryId = ResourceIds.New("snat"),
                AccountId = command.AccountId,
                RegionId = gateway.RegionId,
                NatGatewayId = gateway.NatGatewayId,
                SnatTableId = gateway.SnatTableId,
                Name = command.Name ?? "",
                SnatIps = ips.Value,
                SourceVSwitchId = vSwitchId,
                SourceCidr = cidr,
                EipAffinity = command.EipAffinity,
                CreationTime = clock.GetUtcNow(),
            };
            await session.NatEntries.InsertSnatAsync(entry);
            return entry;
        }, cancellationToken);
    }

    /// <summary>
    /// ModifySnatEntry: the name, EipAffinity and the SNAT IPs, which obey the rules of CreateSnatEntry
    /// (EIPs bound to the gateway, none IP-mapped by a DNAT entry). The source cannot change, as on Alibaba.
    /// </summary>
    public Task<Result<SnatEntry>> ModifyAsync(ModifySnatEntryCommand command, IdempotencyKey? idempotency, CancellationToken cancellationToken)
    {
        IReadOnlyList<string>? ips = null;
        if (command.SnatIp is not null)
        {
            var parsed = ParseSnatIps(command.SnatIp);
            if (!parsed.IsSuccess)
                return Task.FromResult(Result<SnatEntry>.Fail(parsed.Error));
            ips = parsed.Value;
        }

        if (NatEntryTables.ValidateName("SnatEntryName", command.Name) is { } badName)
            return Task.FromResult(Result<SnatEntry>.Fail(badName));
        return store.WriteAsync<SnatEntry>(idempotency, async session =>
        {
            var gateway = await NatEntryTables.GatewayOfSnatTableAsync(session, command.AccountId, command.RegionId, command.SnatTableId);
            if (!gateway.IsSuccess)
                return gateway.Error;
            var entry = await session.NatEntries.FindSnatAsync(command.SnatTableId, command.SnatEntryId);
            if (entry is null)
                return NatEntryErrors.SnatEntryNotFound(command.SnatEntryId, command.SnatTableId);
            if (ips is not null && await CheckIpsAsync(session, gateway.Value, ips) is { } unusable)
                return unusable;
            var updated = entry with
            {
                SnatIps = ips ?? entry.SnatIps,
                Name = command.Name ?? entry.Name,
                EipAffinity = command.EipAffinity ?? entry.EipAffinity,
            };
            await session.NatEntries.UpdateSnatAsync(updated);
            return updated;
        }, cancellationToken);
    }

    public Task<Result<Unit>> DeleteAsync(string accountId, string regionId, string snatTableId, string snatEntryId, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        store.WriteAsync<Unit>(idempotency, async session =>
        {
            var gateway = await NatEntryTables.GatewayOfSnatTableAsync(session, accountId, regionId, snatTableId);
            if (!gateway.IsSuccess)
                return gateway.Error;
            if (await session.NatEntries.FindSnatAsync(snatTableId, snatEntryId) is null)
                return NatEntryErrors.SnatEntryNotFound(snatEntryId, snatTableId);
            await session.NatEntries.DeleteSnatAsync(snatEntryId);
            return Unit.Value;
        }, cancellationToken);

    /// <summary>
    /// The entries of one SNAT table, named by its id or by its gateway's (query.SnatTableId empty). Both
    /// given and not matching is an empty page, as any other filter that matches nothing.
    /// </summary>
    public Task<Result<Page<SnatEntry>>> DescribeAsync(string accountId, string regionId, string? natGatewayId, SnatEntryQuery query, CancellationToken cancellationToken) =>
        store.ReadAsync<Result<Page<SnatEntry>>>(async session =>
        {
            var gateway = await NatEntryTables.GatewayToDescribeAsync(session, accountId, regionId, query.SnatTableId, "SnatTableId", natGatewayId,
                NatEntryTables.GatewayOfSnatTableAsync);
            if (!gateway.IsSuccess)
                return gateway.Error;
            if (gateway.Value is null)
                return new Page<SnatEntry>([], 0);
            return await session.NatEntries.QuerySnatAsync(query with { SnatTableId = gateway.Value.SnatTableId });
        }, cancellationToken);

    /// <summary>The comma-separated SnatIp: IPv4 addresses, each once.</summary>
    private static Result<IReadOnlyList<string>> ParseSnatIps(string text)
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

    private static Error? ValidateSource(CreateSnatEntryCommand command) =>
        (command.SourceVSwitchId, command.SourceCidr) switch
        {
            (null, null) => NatEntryErrors.SourceMissing(),
            (not null, not null) => NatEntryErrors.SourceConflict(),
            (null, { } cidr) when Ipv4Block.Parse(cidr) is null => NatEntryErrors.SourceCidrMalformed(cidr),
            _ => null,
        };

    /// <summary>(vSwitch id or "", the source block): a vSwitch entry's block is the vSwitch's.</summary>
    private static async Task<Result<(string VSwitchId, string Cidr)>> ResolveSourceAsync(IStoreSession session, NatGateway gateway, CreateSnatEntryCommand command)
    {
        if (command.SourceVSwitchId is not { } vSwitchId)
            return ("", command.SourceCidr!);
        var vSwitch = await session.Networks.FindVSwitchAsync(gateway.AccountId, vSwitchId);
        return vSwitch is null || vSwitch.VpcId != gateway.VpcId
            ? NatEntryErrors.SourceVSwitchNotInVpc(vSwitchId, gateway.VpcId)
            : (vSwitch.VSwitchId, vSwitch.CidrBlock);
    }

    /// <summary>Each SNAT IP is an EIP bound to the gateway and not IP-mapped by a DNAT entry.</summary>
    private static async Task<Error?> CheckIpsAsync(IStoreSession session, NatGateway gateway, IReadOnlyList<string> ips)
    {
        var bound = await NatEntryTables.BoundAddressesAsync(session, gateway.NatGatewayId);
        var stranger = ips.FirstOrDefault(ip => !bound.Contains(ip));
        if (stranger is not null)
            return NatEntryErrors.IpNotInNatGateway("SnatIp", stranger, gateway.NatGatewayId);
        var mapped = (await session.NatEntries.ListForwardAsync(gateway.NatGatewayId)).FirstOrDefault(f => f.IsIpMapping && ips.Contains(f.ExternalIp));
        return mapped is null ? null : NatEntryErrors.IpUsedByIpMapping(mapped.ExternalIp, mapped.ForwardEntryId);
    }
}
