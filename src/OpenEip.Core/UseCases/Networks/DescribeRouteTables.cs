using OpenEip.Core.Errors;
using OpenEip.Core.Networks;
using OpenEip.Core.Ports;
using OpenEip.Core.Regions;

namespace OpenEip.Core.UseCases.Networks;

/// <summary>
/// DescribeRouteTableList, kept to what exists: every VPC has one system route table (the RouteTableId
/// CreateVpc returned) on its vRouter, which all its vSwitches use. There are no custom route tables,
/// route entries, gateway route tables or names, so a filter on any of those matches nothing.
/// </summary>
public sealed class DescribeRouteTables(IStore store, RegionCatalogue regions)
{
    public const string SystemType = "System";
    public const string VRouterType = "VRouter";

    /// <summary>VPCs read per store query while collecting the caller's (a region holds few of them).</summary>
    private const int ReadBatch = 100;

    public async Task<Result<Page<DescribedVpc>>> ExecuteAsync(RouteTableQuery query, CancellationToken cancellationToken)
    {
        if (regions.Find(query.RegionId) is null)
            return ApiErrors.InvalidRegionId(query.RegionId);
        if (!CanMatch(query))
            return new Page<DescribedVpc>([], 0);
        return await store.ReadAsync(async session =>
        {
            var matching = (await AllVpcsAsync(session, query)).Where(v => Matches(v, query)).ToList();
            var items = new List<DescribedVpc>();
            foreach (var vpc in matching.Skip((query.PageNumber - 1) * query.PageSize).Take(query.PageSize))
                items.Add(await NetworkDescriptions.VpcAsync(session, vpc));
            return new Page<DescribedVpc>(items, matching.Count);
        }, cancellationToken);
    }

    /// <summary>False when the query asks for something no system route table here has.</summary>
    public static bool CanMatch(RouteTableQuery query) =>
        (query.RouteTableType is null || string.Equals(query.RouteTableType, SystemType, StringComparison.OrdinalIgnoreCase))
        && (query.RouterType is null || string.Equals(query.RouterType, VRouterType, StringComparison.OrdinalIgnoreCase))
        && query.RouteTableName is null
        && !query.FiltersByTag;

    public static bool Matches(Vpc vpc, RouteTableQuery query) =>
        (query.RouteTableId is null || vpc.RouteTableId == query.RouteTableId)
        && (query.RouterId is null || vpc.VRouterId == query.RouterId)
        && (query.ResourceGroupId is null || vpc.ResourceGroupId == query.ResourceGroupId);

    private static async Task<List<Vpc>> AllVpcsAsync(IStoreSession session, RouteTableQuery query)
    {
        var all = new List<Vpc>();
        for (var page = 1; ; page++)
        {
            var batch = await session.Networks.QueryVpcsAsync(new NetworkQuery(query.AccountId, query.RegionId) { VpcId = query.VpcId, PageNumber = page, PageSize = ReadBatch });
            all.AddRange(batch.Items);
            if (batch.Items.Count < ReadBatch)
                return all;
        }
    }
}
