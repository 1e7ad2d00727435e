using OpenEip.Core.Ports;
using OpenEip.Core.UseCases.Compute;

namespace OpenEip.Server.WebConsole.Pages.Resources;

/// <summary>ENIs of the account in the region: each private IP (primary first) with the EIP bound to it, if any.</summary>
public sealed class NetworkInterfacesModel(DescribeNetworkInterfaces describe) : ConsolePageModel
{
    public const string Path = "/console/network-interfaces";
    public const int PageSize = 100;

    public IReadOnlyList<DescribedNetworkInterface> Items { get; private set; } = [];

    public int TotalCount { get; private set; }

    public string InstancesPage => WithRegion(InstancesModel.Path);

    public string EipsPage => WithRegion("/console/eips");

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await describe.ExecuteAsync(new ComputeQuery(AccountId, RegionId) { PageSize = PageSize }, cancellationToken);
        if (!result.IsSuccess)
        {
            ViewData["LoadError"] = ConsoleErrors.Describe(result.Error);
            return;
        }

        Items = result.Value.Items;
        TotalCount = result.Value.TotalCount;
    }
}
