using OpenEip.Core.Errors;
using OpenEip.Core.Ports;
using OpenEip.Core.UseCases.Networks;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Vpc.Networks;

public sealed class DescribeVSwitchesAction(DescribeVSwitches describe) : IRpcAction
{
    public string Version => ProductVersions.Vpc;

    public string Name => "DescribeVSwitches";

    public bool IsMutating => false;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var query = new NetworkQuery(context.AccountId, bind.RequiredString("RegionId", 64))
        {
            VpcId = bind.NonEmptyString("VpcId", 64),
            VSwitchId = bind.NonEmptyString("VSwitchId", 64),
            ZoneId = bind.NonEmptyString("ZoneId", 64),
            Name = bind.NonEmptyString("VSwitchName", 128),
            PageNumber = bind.Int("PageNumber", 1, 1_000_000) ?? 1,
            PageSize = bind.Int("PageSize", 1, 50) ?? 10,
        };
        if (bind.Error is not null)
            return bind.Error;
        var result = await describe.ExecuteAsync(query, context.CancellationToken);
        return result.Map<object>(page => new DescribeVSwitchesResponse(
            query.PageNumber, query.PageSize, page.TotalCount, new VSwitchList(page.Items.Select(VSwitchItem.From).ToList())));
    }
}
