using OpenEip.Core.Compute;
using OpenEip.Core.Ports;
using OpenEip.Core.UseCases.Nat;

namespace OpenEip.Server.WebConsole.Pages.Resources;

/// <summary>NAT gateways of the account in the region, with their EIPs; each opens its details (SNAT and DNAT entries).</summary>
public sealed class NatGatewaysModel(DescribeNatGateways describe, ComputeTimings timings, TimeProvider clock) : ConsolePageModel
{
    public const string Path = "/console/nat-gateways";
    public const int PageSize = 100;

    public IReadOnlyList<DescribedNatGateway> Items { get; private set; } = [];

    public int TotalCount { get; private set; }

    public string EipsPage => WithRegion("/console/eips");

    public string DetailsPage(string natGatewayId) => WithRegion($"{Path}/{Uri.EscapeDataString(natGatewayId)}");

    /// <summary>Its status now (Creating until the configured creation time has passed), as DescribeNatGateways reports it.</summary>
    public string StatusOf(DescribedNatGateway item) => item.Gateway.StatusAt(clock.GetUtcNow(), timings.NatGatewayCreating);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await describe.ExecuteAsync(new DescribeNatGatewaysQuery(new ComputeQuery(AccountId, RegionId) { PageSize = PageSize }), cancellationToken);
        if (!result.IsSuccess)
        {
            ViewData["LoadError"] = ConsoleErrors.Describe(result.Error);
            return;
        }

        Items = result.Value.Items;
        TotalCount = result.Value.TotalCount;
    }
}
