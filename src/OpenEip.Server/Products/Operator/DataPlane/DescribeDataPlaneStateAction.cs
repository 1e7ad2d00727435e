using OpenEip.Core.DataPlane;
using OpenEip.Core.DataPlane.Desired;
using OpenEip.Core.Errors;
using OpenEip.Core.Regions;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Operator.DataPlane;

/// <summary>
/// DescribeDataPlaneState (for a data-plane agent): the desired state the store holds, as the in-server
/// reconciler reads it: <c>Scope</c> Eips (with <c>AllocationId.N</c>), Networks or Full, for the regions
/// <c>RegionId.N</c> (all when none). The answer's <c>State</c> is the desired-state snapshot as JSON objects.
/// </summary>
public sealed class DescribeDataPlaneStateAction(DesiredStateReader reader, RegionCatalogue catalogue) : IRpcAction
{
    private static readonly string[] Scopes = [nameof(DesiredScope.Eips), nameof(DesiredScope.Networks), nameof(DesiredScope.Full)];

    public string Version => ProductVersions.Operator;

    public string Name => "DescribeDataPlaneState";

    public bool IsMutating => false;

    public bool RequiresOperator => true;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var scope = Enum.Parse<DesiredScope>(bind.RequiredEnum("Scope", Scopes));
        var ids = bind.List("AllocationId", Reconciler.BatchSize);
        var regions = DataPlaneBinding.Regions(bind);
        DataPlaneBinding.RequireKnownRegions(bind, regions, catalogue);
        if (scope == DesiredScope.Eips && ids.Count == 0)
            bind.Fail(ApiErrors.MissingParameter("AllocationId.1"));
        if (bind.Error is not null)
            return bind.Error;
        return new DescribeDataPlaneStateResponse(await reader.ReadAsync(scope, ids, regions, context.CancellationToken));
    }
}
