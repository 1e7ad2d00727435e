using OpenEip.Core.Compute;
using OpenEip.Core.Errors;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Ecs;

/// <summary>DescribeInstanceTypes (ECS): the catalogue, filtered by InstanceTypes.N and InstanceTypeFamily.</summary>
public sealed class DescribeInstanceTypesAction(InstanceTypeCatalogue catalogue) : IRpcAction
{
    public string Version => ProductVersions.Ecs;

    public string Name => "DescribeInstanceTypes";

    public bool IsMutating => false;

    public Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var ids = bind.List("InstanceTypes", 10);
        var family = bind.String("InstanceTypeFamily", 64);
        var minimumEnis = bind.Int("MinimumEniQuantity", 0, 1000);
        if (bind.Error is not null)
            return Task.FromResult(Result<object>.Fail(bind.Error));

        var types = catalogue.Types
            .Where(t => ids.Count == 0 || ids.Contains(t.InstanceTypeId, StringComparer.Ordinal))
            .Where(t => string.IsNullOrEmpty(family) || t.Family == family)
            .Where(t => minimumEnis is null || t.EniQuantity >= minimumEnis)
            .Select(t => new InstanceTypeItem(t.InstanceTypeId, t.Family, t.FamilyLevel, t.CpuCoreCount, t.MemorySize, t.EniQuantity, t.EniQuantity, t.EniPrivateIpAddressQuantity, 0))
            .ToList();
        return Task.FromResult(Result<object>.Ok(new DescribeInstanceTypesResponse("", new InstanceTypeList(types))));
    }
}
