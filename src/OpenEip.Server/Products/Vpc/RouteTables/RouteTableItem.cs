using System.Globalization;
using OpenEip.Core.UseCases.Networks;
using OpenEip.Server.Products.Vpc.Eips;
using OpenEip.Server.Products.Vpc.Networks;

namespace OpenEip.Server.Products.Vpc.RouteTables;

/// <summary>
/// A VPC's system route table as DescribeRouteTableList reports it (RouterTableListType item): on the
/// VPC's vRouter, used by all its vSwitches, with no name, description, gateways or tags.
/// </summary>
public sealed record RouteTableItem
{
    public required string RouteTableId { get; init; }
    public string RouteTableName { get; init; } = "";
    public string RouteTableType { get; init; } = DescribeRouteTables.SystemType;
    public required string RouterId { get; init; }
    public string RouterType { get; init; } = DescribeRouteTables.VRouterType;
    public required string VpcId { get; init; }
    public string Status { get; init; } = "Available";
    public string Description { get; init; } = "";
    public required string CreationTime { get; init; }
    public required long OwnerId { get; init; }
    public required string ResourceGroupId { get; init; }
    public string AssociateType { get; init; } = "VSwitch";

    /// <summary>Alibaba's default for a system route table; there are no propagating gateways here anyway.</summary>
    public bool RoutePropagationEnable { get; init; } = true;
    public required VSwitchIdList VSwitchIds { get; init; }
    public GatewayIdList GatewayIds { get; init; } = new([]);
    public TagList Tags { get; init; } = new([]);

    public static RouteTableItem From(DescribedVpc described) => new()
    {
        RouteTableId = described.Vpc.RouteTableId,
        RouterId = described.Vpc.VRouterId,
        VpcId = described.Vpc.VpcId,
        CreationTime = WireTime.Seconds(described.Vpc.CreationTime),
        OwnerId = long.Parse(described.Vpc.AccountId, CultureInfo.InvariantCulture),
        ResourceGroupId = described.Vpc.ResourceGroupId,
        VSwitchIds = new VSwitchIdList(described.VSwitchIds),
    };
}
