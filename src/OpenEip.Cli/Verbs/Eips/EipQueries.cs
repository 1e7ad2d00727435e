using System.Text.Json;
using OpenEip.Cli.Api;
using OpenEip.Cli.Common;

namespace OpenEip.Cli.Verbs.Eips;

/// <summary>Reading EIPs for the verbs, as every resource is read (<see cref="ResourceReader"/>): 50 ids to a call, as Alibaba allows.</summary>
public static class EipQueries
{
    public const string ListPathName = "EipAddresses.EipAddress";

    private static readonly ResourceReader s_reader = new(
        Products.Vpc, "DescribeEipAddresses", ListPathName, "AllocationId", "PageSize", 100, 50,
        IdFilters.Comma("AllocationId"), "InvalidAllocationId.NotFound", "EIP");

    public static Task<IReadOnlyList<JsonElement>> ListAsync(CliSession session, ParameterList filters, CancellationToken cancellationToken) =>
        s_reader.ListAsync(session, filters, cancellationToken);

    public static Task<JsonElement> GetAsync(CliSession session, string allocationId, CancellationToken cancellationToken) =>
        s_reader.GetAsync(session, allocationId, cancellationToken);

    public static Task<IReadOnlyList<JsonElement>> ManyAsync(CliSession session, IReadOnlyList<string> allocationIds, CancellationToken cancellationToken) =>
        s_reader.ManyAsync(session, allocationIds, cancellationToken);
}
