using OpenEip.Core.DataPlane.Desired;
using OpenEip.Core.Pools;
using OpenEip.Core.UseCases.Eips;

namespace OpenEip.Server.WebConsole.Pages.Operator;

/// <summary>The operator's overview: links to the operator pages, and each region's address pool with its use.</summary>
public sealed class OperatorIndexModel(IPoolUseQuery pools, RegionPools configured, TimeProvider clock) : ConsolePageModel
{
    public sealed record PoolRow(string RegionId, string RegionName, IReadOnlyList<string> Cidrs, PoolUse Use);

    public IReadOnlyList<PoolRow> Pools { get; private set; } = [];

    /// <summary>How long a released address stays recoverable by its last owner (R-LIFE-6).</summary>
    public TimeSpan RecoveryWindow => AllocateEip.RecoveryWindow;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var use = await pools.DescribePoolUseAsync(clock.GetUtcNow() - AllocateEip.RecoveryWindow, cancellationToken);
        var cidrs = configured.All.ToDictionary(p => p.RegionId, p => p.Cidrs, StringComparer.Ordinal);
        Pools = use.Select(u =>
        {
            var region = Catalogue.Find(u.RegionId);
            var name = region is null ? u.RegionId : ConsoleText.L(region.Names.En, region.Names.Ja);
            return new PoolRow(u.RegionId, name, cidrs.GetValueOrDefault(u.RegionId) ?? [], u);
        }).ToList();
    }
}
