using System.Text.Json;
using OpenEip.Cli.Api;
using OpenEip.Cli.Common;
using OpenEip.Cli.Generic;

namespace OpenEip.Cli.Verbs.Eips;

/// <summary>Reading EIPs for the verbs: lists with every page, one EIP by id, and many by id (50 to a call, as Alibaba allows).</summary>
public static class EipQueries
{
    public const string ListPathName = "EipAddresses.EipAddress";

    public static Task<IReadOnlyList<JsonElement>> ListAsync(CliSession session, ParameterList filters, CancellationToken cancellationToken) =>
        Pager.ListAsync(session.Client, Products.Vpc, "DescribeEipAddresses",
            filters.With("RegionId", session.RegionId).With("PageSize", "100"), ListPathName, cancellationToken);

    public static async Task<JsonElement> GetAsync(CliSession session, string allocationId, CancellationToken cancellationToken)
    {
        var body = await session.Client.CallAsync(Products.Vpc, "DescribeEipAddresses",
            new ParameterList().Add("RegionId", session.RegionId).Add("AllocationId", allocationId), cancellationToken);
        var found = ListPath.Items(body, ListPathName).ToList();
        return found.Count == 1
            ? found[0]
            : throw new ApiCallException(404, "InvalidAllocationId.NotFound", $"No EIP {allocationId} in region {session.RegionId}.", Output.Fields.Text(body, "RequestId"));
    }

    public static async Task<IReadOnlyList<JsonElement>> ManyAsync(CliSession session, IReadOnlyList<string> allocationIds, CancellationToken cancellationToken)
    {
        var items = new List<JsonElement>();
        foreach (var chunk in allocationIds.Chunk(50))
            items.AddRange(await ListAsync(session, new ParameterList().Add("AllocationId", string.Join(',', chunk)), cancellationToken));
        return items;
    }
}
