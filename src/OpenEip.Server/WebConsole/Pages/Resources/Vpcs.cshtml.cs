using OpenEip.Core.Ports;
using OpenEip.Core.UseCases.Networks;

namespace OpenEip.Server.WebConsole.Pages.Resources;

/// <summary>VPCs of the account in the region, each with its vSwitches (CIDR block, zone, free addresses).</summary>
public sealed class VpcsModel(DescribeVpcs describeVpcs, DescribeVSwitches describeVSwitches) : ConsolePageModel
{
    public const string Path = "/console/vpcs";
    public const int PageSize = 100;

    public IReadOnlyList<DescribedVpc> Vpcs { get; private set; } = [];

    public int TotalCount { get; private set; }

    public IReadOnlyDictionary<string, IReadOnlyList<DescribedVSwitch>> VSwitchesByVpc { get; private set; } = new Dictionary<string, IReadOnlyList<DescribedVSwitch>>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var vpcs = await describeVpcs.ExecuteAsync(new NetworkQuery(AccountId, RegionId) { PageSize = PageSize }, cancellationToken);
        if (!vpcs.IsSuccess)
        {
            ViewData["LoadError"] = ConsoleErrors.Describe(vpcs.Error);
            return;
        }

        Vpcs = vpcs.Value.Items;
        TotalCount = vpcs.Value.TotalCount;
        // One read for the region's vSwitches rather than one per VPC; a VPC has at most 150 of them.
        var vSwitches = await describeVSwitches.ExecuteAsync(new NetworkQuery(AccountId, RegionId) { PageSize = 1000 }, cancellationToken);
        if (!vSwitches.IsSuccess)
        {
            ViewData["LoadError"] = ConsoleErrors.Describe(vSwitches.Error);
            return;
        }

        VSwitchesByVpc = vSwitches.Value.Items.GroupBy(v => v.VSwitch.VpcId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<DescribedVSwitch>)g.OrderBy(v => v.VSwitch.ZoneId, StringComparer.Ordinal).ToList());
    }
}
