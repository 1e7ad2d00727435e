using OpenEip.Core.Errors;
using OpenEip.Core.Nat;
using OpenEip.Core.Ports;
using OpenEip.Core.UseCases.Nat;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Vpc.NatEntries;

/// <summary>DescribeForwardTableEntries: one table, by ForwardTableId or NatGatewayId, with exact-match filters.</summary>
public sealed class DescribeForwardTableEntriesAction(DescribeForwardEntries describe) : IRpcAction
{
    public string Version => ProductVersions.Vpc;

    public string Name => "DescribeForwardTableEntries";

    public bool IsMutating => false;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var regionId = bind.RequiredString("RegionId", 64);
        var natGatewayId = bind.NonEmptyString("NatGatewayId", 64);
        var query = new ForwardEntryQuery(bind.NonEmptyString("ForwardTableId", 64) ?? "")
        {
            ForwardEntryId = bind.NonEmptyString("ForwardEntryId", 64),
            Name = bind.NonEmptyString("ForwardEntryName", 1024),
            ExternalIp = bind.NonEmptyString("ExternalIp", 64),
            ExternalPort = AsStored(bind.NonEmptyString("ExternalPort", 64)),
            InternalIp = bind.NonEmptyString("InternalIp", 64),
            InternalPort = AsStored(bind.NonEmptyString("InternalPort", 64)),
            IpProtocol = bind.NonEmptyString("IpProtocol", 64)?.ToLowerInvariant(),
            PageNumber = bind.Int("PageNumber", 1, 1_000_000) ?? 1,
            PageSize = bind.Int("PageSize", 1, 50) ?? 10,
        };
        if (bind.Error is not null)
            return bind.Error;
        var result = await describe.ExecuteAsync(new DescribeForwardEntriesQuery(context.AccountId, regionId, natGatewayId, query), context.CancellationToken);
        return result.Map<object>(page => new DescribeForwardTableEntriesResponse(
            query.PageNumber, query.PageSize, page.TotalCount, new ForwardTableEntryList(page.Items.Select(ForwardTableEntryItem.From).ToList())));
    }

    /// <summary>Ports are stored in one spelling ("any", "80", "10/20"); a filter in another ("Any") still matches.</summary>
    private static string? AsStored(string? port) => port is null ? null : PortRange.Parse(port)?.ToString() ?? port;
}
