using OpenEip.Core.Errors;
using OpenEip.Core.Ports;
using OpenEip.Core.UseCases.Networks;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Vpc.Networks;

public sealed class DescribeVpcsAction(DescribeVpcs describe) : IRpcAction
{
    public string Version => ProductVersions.Vpc;

    public string Name => "DescribeVpcs";

    public bool IsMutating => false;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var query = new NetworkQuery(context.AccountId, bind.RequiredString("RegionId", 64))
        {
            VpcIds = bind.CommaList("VpcId", 20),
            Name = bind.NonEmptyString("VpcName", 128),
            ResourceGroupId = bind.NonEmptyString("ResourceGroupId", 64),
            PageNumber = bind.Int("PageNumber", 1, 1_000_000) ?? 1,
            PageSize = bind.Int("PageSize", 1, 50) ?? 10,
        };
        var onlyDefault = bind.Bool("IsDefault") == true;
        if (bind.Error is not null)
            return bind.Error;
        if (onlyDefault)
            return new DescribeVpcsResponse(query.PageNumber, query.PageSize, 0, new VpcList([])); // OpenEip makes no default VPCs.
        var result = await describe.ExecuteAsync(query, context.CancellationToken);
        return result.Map<object>(page => new DescribeVpcsResponse(
            query.PageNumber, query.PageSize, page.TotalCount, new VpcList(page.Items.Select(VpcItem.From).ToList())));
    }
}
