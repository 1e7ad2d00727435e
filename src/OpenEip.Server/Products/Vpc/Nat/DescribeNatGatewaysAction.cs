using OpenEip.Core.Compute;
using OpenEip.Core.Errors;
using OpenEip.Core.Ports;
using OpenEip.Core.UseCases.Nat;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Vpc.Nat;

public sealed class DescribeNatGatewaysAction(DescribeNatGateways describe, ComputeTimings timings, TimeProvider clock) : IRpcAction
{
    public string Version => ProductVersions.Vpc;

    public string Name => "DescribeNatGateways";

    public bool IsMutating => false;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var id = bind.NonEmptyString("NatGatewayId", 64);
        var query = new ComputeQuery(context.AccountId, bind.RequiredString("RegionId", 64))
        {
            Ids = id is null ? [] : [id],
            VpcId = bind.NonEmptyString("VpcId", 64),
            Name = bind.NonEmptyString("Name", 128),
            ResourceGroupId = bind.NonEmptyString("ResourceGroupId", 64),
            PageNumber = bind.Int("PageNumber", 1, 1_000_000) ?? 1,
            PageSize = bind.Int("PageSize", 1, 50) ?? 10,
        };
        var networkType = bind.Enum("NetworkType", ["internet", "intranet"]);
        if (bind.Error is not null)
            return bind.Error;
        var result = await describe.ExecuteAsync(new DescribeNatGatewaysQuery(query, networkType), context.CancellationToken);
        return result.Map<object>(page => new DescribeNatGatewaysResponse(
            query.PageNumber, query.PageSize, page.TotalCount, new NatGatewayList(page.Items.Select(item => NatGatewayItem.From(item) with
            {
                Status = item.Gateway.StatusAt(clock.GetUtcNow(), timings.NatGatewayCreating),
            }).ToList())));
    }
}
