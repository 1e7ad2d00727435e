using System.Globalization;
using OpenEip.Core.Eips;
using OpenEip.Core.Errors;
using OpenEip.Core.Ports;
using OpenEip.Core.UseCases.Eips;
using OpenEip.Rpc.Dispatch;
using OpenEip.Rpc.Parameters;

namespace OpenEip.Server.Products.Vpc.Eips;

/// <summary>DescribeEipAddresses: the caller's EIPs in a region, filtered and paged (PageSize ≤ 100).</summary>
public sealed class DescribeEipAddressesAction(DescribeEips describe) : IRpcAction
{
    private static readonly string[] InstanceTypes = ["EcsInstance", "SlbInstance", "Nat", "HaVip", "NetworkInterface", "IpAddress"];

    public string Version => ProductVersions.Vpc;

    public string Name => "DescribeEipAddresses";

    public bool IsMutating => false;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var query = new EipQuery(context.AccountId, bind.RequiredString("RegionId", 64))
        {
            AllocationIds = bind.CommaList("AllocationId", 50),
            IpAddresses = bind.CommaList("EipAddress", 50),
            Name = bind.String("EipName", 128),
            Status = bind.Enum("Status", EipStatus.All),
            AssociatedInstanceType = bind.Enum("AssociatedInstanceType", InstanceTypes),
            AssociatedInstanceId = bind.NonEmptyString("AssociatedInstanceId", 64),
            LockReason = bind.Enum("LockReason", ["financial", "security"]),
            InstanceChargeType = bind.Enum("ChargeType", ChargeTypes.InstanceChargeTypes),
            Isp = bind.Enum("ISP", Isps.All),
            ResourceGroupId = bind.NonEmptyString("ResourceGroupId", 64),
            Tags = bind.Tags("Tag", 20),
            ServiceManaged = bind.Bool("ServiceManaged"),
            SecurityProtectionEnabled = bind.Bool("SecurityProtectionEnabled"),
            SegmentInstanceId = bind.NonEmptyString("SegmentInstanceId", 64),
            PublicIpAddressPoolId = bind.NonEmptyString("PublicIpAddressPoolId", 64),
            PageNumber = bind.Int("PageNumber", 1, 1_000_000) ?? 1,
            PageSize = bind.Int("PageSize", 1, 100) ?? 10,
        };
        query = BindCreationFilters(bind, query);
        // IncludeReservationData asks for the Reservation* fields, which are always present (empty: no renewal change is pending).
        bind.Bool("IncludeReservationData");
        var dryRun = bind.Bool("DryRun") == true;
        if (bind.Error is not null)
            return bind.Error;
        if (dryRun)
            return new Error("DryRunOperation", "Request validation has been passed with DryRun flag set.");

        var result = await describe.ExecuteAsync(query, context.CancellationToken);
        return result.Map<object>(found => new DescribeEipAddressesResponse(
            query.PageNumber,
            query.PageSize,
            found.Page.TotalCount,
            new EipAddressList(found.Page.Items.Select(e => EipAddressItem.From(e, found.TagsByAllocationId.GetValueOrDefault(e.AllocationId, []))).ToList())));
    }

    /// <summary>Filter.N.Key CreationStartTime / CreationEndTime with Filter.N.Value.1 (or Filter.N.Value) as yyyy-MM-ddTHH:mmZ.</summary>
    private static EipQuery BindCreationFilters(ParameterBinder bind, EipQuery query)
    {
        for (var i = 1; i <= 10; i++)
        {
            var key = bind.Parameters[$"Filter.{i}.Key"];
            if (key is null)
                continue;
            var raw = bind.Parameters[$"Filter.{i}.Value.1"] ?? bind.Parameters[$"Filter.{i}.Value"];
            if (key is not ("CreationStartTime" or "CreationEndTime"))
            {
                bind.Fail(ApiErrors.InvalidParameterValue($"Filter.{i}.Key", key, ["CreationStartTime", "CreationEndTime"]));
                continue;
            }

            if (raw is null || !DateTimeOffset.TryParseExact(raw, ["yyyy-MM-dd'T'HH:mm'Z'", "yyyy-MM-dd'T'HH:mm:ss'Z'"], CultureInfo.InvariantCulture,
                    DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time))
            {
                bind.Fail(ApiErrors.InvalidParameter($"Filter.{i}.Value.1", "a UTC time as yyyy-MM-ddTHH:mmZ is expected."));
                continue;
            }

            query = key == "CreationStartTime" ? query with { CreatedFrom = time } : query with { CreatedTo = time };
        }

        return query;
    }
}
