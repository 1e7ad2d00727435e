using OpenEip.Core.Errors;
using OpenEip.Core.Ports;
using OpenEip.Core.UseCases.Nat;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Vpc.NatEntries;

/// <summary>DescribeSnatTableEntries: one table, by SnatTableId or NatGatewayId, with exact-match filters.</summary>
public sealed class DescribeSnatTableEntriesAction(DescribeSnatEntries describe) : IRpcAction
{
    public string Version => ProductVersions.Vpc;

    public string Name => "DescribeSnatTableEntries";

    public bool IsMutating => false;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var regionId = bind.RequiredString("RegionId", 64);
        var natGatewayId = bind.NonEmptyString("NatGatewayId", 64);
        var query = new SnatEntryQuery(bind.NonEmptyString("SnatTableId", 64) ?? "")
        {
            SnatEntryId = bind.NonEmptyString("SnatEntryId", 64),
            Name = bind.NonEmptyString("SnatEntryName", 1024),
            SnatIp = bind.NonEmptyString("SnatIp", 64),
            SourceCidr = bind.NonEmptyString("SourceCIDR", 64),
            SourceVSwitchId = bind.NonEmptyString("SourceVSwitchId", 64),
            PageNumber = bind.Int("PageNumber", 1, 1_000_000) ?? 1,
            PageSize = bind.Int("PageSize", 1, 50) ?? 10,
        };
        if (bind.Error is not null)
            return bind.Error;
        var result = await describe.ExecuteAsync(new DescribeSnatEntriesQuery(context.AccountId, regionId, natGatewayId, query), context.CancellationToken);
        return result.Map<object>(page => new DescribeSnatTableEntriesResponse(
            query.PageNumber, query.PageSize, page.TotalCount, new SnatTableEntryList(page.Items.Select(SnatTableEntryItem.From).ToList())));
    }
}
