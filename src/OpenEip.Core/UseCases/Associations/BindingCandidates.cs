using OpenEip.Core.Associations;
using OpenEip.Core.Errors;
using OpenEip.Core.Ports;
using OpenEip.Core.Regions;
using OpenEip.Core.UseCases.Compute;
using OpenEip.Core.UseCases.Eips;

namespace OpenEip.Core.UseCases.Associations;

/// <summary>
/// What the console's Bind resource dialog offers (R-UI-2): the region's resources of the chosen kind, each
/// checked by the same <see cref="BindingPlanner"/> an AssociateEipAddress call goes through, so that one that
/// cannot take the EIP is shown disabled with the rule's own error. The checks run in one write transaction
/// that is always rolled back: some rules reserve what a bind would take (a newer NAT gateway's vSwitch IP,
/// R-NAT-3), and must see the store exactly as a bind would.
/// </summary>
public sealed class BindingCandidates(IStore store, RegionCatalogue regions, BindingPlanner planner, TimeProvider clock)
{
    /// <summary>At most this many resources of a kind are checked and offered.</summary>
    public const int MaxCandidates = 200;

    /// <summary>The kinds the dialog offers, in the seed's order (ALB and NLB are made public from their own pages, R-UI-3).</summary>
    public static readonly IReadOnlyList<string> Kinds =
        [BindingTargetTypes.EcsInstance, BindingTargetTypes.NetworkInterface, BindingTargetTypes.Nat, BindingTargetTypes.SlbInstance, BindingTargetTypes.HaVip];

    private static readonly Error s_rollBack = new("Console.DryRun", "Checks only: nothing is written.");

    public async Task<Result<BindingChoices>> ExecuteAsync(BindingCandidatesQuery query, CancellationToken cancellationToken)
    {
        var (accountId, regionId, allocationId, kind) = query;
        if (EipRegions.Check(regions, regionId) is { } unknownRegion)
            return unknownRegion;
        if (!Kinds.Contains(kind))
            return AssociationErrors.InstanceTypeNotSupported(kind, $"use one of {string.Join(", ", Kinds)}.");
        Result<BindingChoices>? answer = null;
        var written = await store.WriteAsync<Unit>(null, async session =>
        {
            var found = await EipLookup.FindAsync(session, accountId, allocationId, regionId);
            if (!found.IsSuccess)
            {
                answer = found.Error;
                return s_rollBack;
            }

            var eip = found.Value;
            var now = clock.GetUtcNow();
            var (offers, truncated) = await OffersAsync(session, accountId, regionId, kind);
            var candidates = new List<BindingCandidate>(offers.Count);
            foreach (var offer in offers)
            {
                var request = new BindingRequest(eip, kind, offer.InstanceId, offer.Mode, offer.PrivateIpAddress);
                var verdict = await planner.CheckAsync(session, request, now);
                candidates.Add(offer with { Refusal = verdict.IsSuccess ? null : verdict.Error });
            }

            answer = new BindingChoices(eip, candidates, truncated);
            return s_rollBack;
        }, cancellationToken);
        return answer ?? written.Error ?? s_rollBack;
    }

    private static async Task<(IReadOnlyList<BindingCandidate> Offers, bool Truncated)> OffersAsync(IStoreSession session, string accountId, string regionId, string kind)
    {
        var query = new ComputeQuery(accountId, regionId) { PageSize = MaxCandidates };
        switch (kind)
        {
            case BindingTargetTypes.EcsInstance:
            {
                var page = await session.Compute.QueryInstancesAsync(query);
                return (page.Items.Select(i => Offer(kind, i.InstanceId, i.InstanceName, $"{i.InstanceType} · {i.ZoneId} · {i.VpcId}")).ToList(), page.TotalCount > page.Items.Count);
            }
            case BindingTargetTypes.NetworkInterface:
            {
                var page = await session.Compute.QueryNetworkInterfacesAsync(query);
                var offers = new List<BindingCandidate>();
                foreach (var eni in page.Items)
                {
                    var detail = $"{eni.Type} · {eni.VSwitchId}" + (eni.InstanceId.Length > 0 ? $" · {eni.InstanceId}" : "");
                    var secondaries = await session.PrivateIps.ListOwnedAsync(NetworkInterfaces.OwnerType, eni.NetworkInterfaceId);
                    foreach (var ip in new[] { eni.PrimaryIpAddress }.Concat(secondaries.Where(a => a != eni.PrimaryIpAddress)))
                        offers.Add(Offer(kind, eni.NetworkInterfaceId, eni.NetworkInterfaceName, detail, BindingModes.Nat, ip));
                    offers.Add(Offer(kind, eni.NetworkInterfaceId, eni.NetworkInterfaceName, detail, BindingModes.Binded, null));
                }

                return (offers, page.TotalCount > page.Items.Count);
            }
            case BindingTargetTypes.Nat:
            {
                var page = await session.NatGateways.QueryAsync(query, null);
                return (page.Items.Select(g => Offer(kind, g.NatGatewayId, g.Name, $"{g.NetworkType} · {g.VpcId}")).ToList(), page.TotalCount > page.Items.Count);
            }
            case BindingTargetTypes.SlbInstance:
            {
                var page = await session.LoadBalancers.QueryClassicAsync(query, null);
                return (page.Items.Select(l => Offer(kind, l.LoadBalancerId, l.LoadBalancerName, $"{l.AddressType} · {l.Address}")).ToList(), page.TotalCount > page.Items.Count);
            }
            default:
            {
                var page = await session.HaVips.QueryAsync(new HaVipQuery(accountId, regionId) { PageSize = MaxCandidates });
                return (page.Items.Select(h => Offer(kind, h.HaVipId, h.Name, $"{h.IpAddress} · {h.VSwitchId}")).ToList(), page.TotalCount > page.Items.Count);
            }
        }
    }

    private static BindingCandidate Offer(string kind, string id, string name, string detail, string? mode = null, string? privateIp = null) =>
        new(kind, id, name, detail, mode, privateIp, null);
}
