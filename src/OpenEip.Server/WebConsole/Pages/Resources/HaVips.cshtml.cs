using OpenEip.Core.Ports;
using OpenEip.Core.UseCases.HaVips;

namespace OpenEip.Server.WebConsole.Pages.Resources;

/// <summary>HaVips of the account in the region: address, vSwitch, members, which one is master, and bound EIPs.</summary>
public sealed class HaVipsModel(DescribeHaVips describe) : ConsolePageModel
{
    public const string Path = "/console/havips";
    public const int PageSize = 100;

    public IReadOnlyList<DescribedHaVip> Items { get; private set; } = [];

    public int TotalCount { get; private set; }

    public string InstancesPage => WithRegion(InstancesModel.Path);

    public string NetworkInterfacesPage => WithRegion(NetworkInterfacesModel.Path);

    public string EipsPage => WithRegion("/console/eips");

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var page = await describe.ExecuteAsync(new HaVipQuery(AccountId, RegionId) { PageSize = PageSize }, cancellationToken);
        Items = page.Items;
        TotalCount = page.TotalCount;
    }
}
