using System.Globalization;
using OpenEip.Core.DataPlane;
using OpenEip.Core.Errors;
using OpenEip.Core.Ports;
using OpenEip.Core.Regions;
using OpenEip.Rpc.Dispatch;
using OpenEip.Server.DataPlane;

namespace OpenEip.Server.Products.Operator.DataPlane;

/// <summary>
/// DescribePendingEips (for a data-plane agent): EIPs whose spec is ahead of what the data plane
/// observed, oldest change first. With <c>WaitMilliseconds</c> and nothing pending, the call waits (up to
/// 20 s) until a change is made, so an agent learns of a binding at once without polling fast.
/// </summary>
public sealed class DescribePendingEipsAction(IStore store, DesiredStateReader reader, ReconcileSignal signal, RegionCatalogue catalogue, TimeProvider clock) : IRpcAction
{
    public string Version => ProductVersions.Operator;

    public string Name => "DescribePendingEips";

    public bool IsMutating => false;

    public bool RequiresOperator => true;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var regions = DataPlaneBinding.Regions(bind);
        DataPlaneBinding.RequireKnownRegions(bind, regions, catalogue);
        var limit = bind.Int("MaxResults", 1, Reconciler.BatchSize) ?? Reconciler.BatchSize;
        var wait = TimeSpan.FromMilliseconds(bind.Int("WaitMilliseconds", 0, 20_000) ?? 0);
        if (bind.Error is not null)
            return bind.Error;

        var regional = new StoreDataPlaneSource(store, reader, regions);
        var deadline = clock.GetUtcNow() + wait;
        while (true)
        {
            var woken = signal.Current;
            var pending = await regional.ListPendingAsync(limit, context.CancellationToken);
            var left = deadline - clock.GetUtcNow();
            if (pending.Count > 0 || left <= TimeSpan.Zero)
            {
                return new DescribePendingEipsResponse(pending.Count, new PendingEipList(pending
                    .Select(p => new PendingEipItem(p.AllocationId, p.Generation, p.SpecChangedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture))).ToList()));
            }

            try
            {
                await woken.WaitAsync(left, clock, context.CancellationToken);
            }
            catch (TimeoutException)
            {
                // Nothing happened: answer the empty list.
            }
        }
    }
}
