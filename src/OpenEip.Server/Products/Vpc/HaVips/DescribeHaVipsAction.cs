using OpenEip.Core.Errors;
using OpenEip.Core.Ports;
using OpenEip.Core.UseCases.HaVips;
using OpenEip.Rpc.Dispatch;
using OpenEip.Server.Products.Vpc.Eips;

namespace OpenEip.Server.Products.Vpc.HaVips;

/// <summary>DescribeHaVips: Filter.N.Key (HaVipId, VpcId, VSwitchId, Status, HaVipAddress) with Filter.N.Value.M.</summary>
public sealed class DescribeHaVipsAction(DescribeHaVips describe) : IRpcAction
{
    private static readonly string[] FilterKeys = ["HaVipId", "VpcId", "VSwitchId", "Status", "HaVipAddress"];

    public string Version => ProductVersions.Vpc;

    public string Name => "DescribeHaVips";

    public bool IsMutating => false;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var filters = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        for (var i = 1; i <= 5; i++)
        {
            var key = bind.Enum($"Filter.{i}.Key", FilterKeys);
            if (key is not null)
                filters[key] = bind.List($"Filter.{i}.Value", 50);
        }

        var query = new HaVipQuery(context.AccountId, bind.RequiredString("RegionId", 64))
        {
            Filters = filters,
            PageNumber = bind.Int("PageNumber", 1, 1_000_000) ?? 1,
            PageSize = bind.Int("PageSize", 1, 50) ?? 10,
        };
        if (bind.Error is not null)
            return bind.Error;
        var page = await describe.ExecuteAsync(query, context.CancellationToken);
        return new DescribeHaVipsResponse(query.PageNumber, query.PageSize, page.TotalCount, new HaVipList(page.Items.Select(HaVipItem.From).ToList()));
    }
}
