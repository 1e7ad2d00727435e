using OpenEip.Core.DataPlane;
using OpenEip.Rpc.Dispatch;
using OpenEip.Core.Errors;

namespace OpenEip.Server.Products.Operator.DataPlane;

/// <summary>
/// ReportDataPlaneApplied (for a data-plane agent): the EIP generations it now carries,
/// <c>Applied.N.AllocationId</c> with <c>Applied.N.Generation</c>; each is recorded only if it is still the
/// EIP's current spec (a compare-and-set), so a late report never overwrites a newer change.
/// </summary>
public sealed class ReportDataPlaneAppliedAction(IDataPlaneSource source) : IRpcAction
{
    public string Version => ProductVersions.Operator;

    public string Name => "ReportDataPlaneApplied";

    // Not an audited call: it is the data plane talking, hundreds of times a minute.
    public bool IsMutating => false;

    public bool RequiresOperator => true;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var applied = new List<AppliedEip>();
        for (var i = 1; i <= Reconciler.BatchSize; i++)
        {
            var id = bind.NonEmptyString($"Applied.{i}.AllocationId", 64);
            if (id is null)
                break;
            applied.Add(new AppliedEip(id, bind.RequiredLong($"Applied.{i}.Generation", 0, long.MaxValue)));
        }

        if (applied.Count == 0)
            bind.Fail(ApiErrors.MissingParameter("Applied.1.AllocationId"));
        if (bind.Error is not null)
            return bind.Error;
        await source.ConfirmAsync(applied, context.CancellationToken);
        return EmptyResponse.Instance;
    }
}
