using OpenEip.Core.HaVips;
using OpenEip.Core.UseCases.HaVips;
using OpenEip.Server.Products.Vpc.Eips;

namespace OpenEip.Server.Products.Vpc.HaVips;

public sealed record HaVipItem
{
    public required string HaVipId { get; init; }
    public required string IpAddress { get; init; }
    public required string Status { get; init; }
    public required string VpcId { get; init; }
    public required string VSwitchId { get; init; }
    public required string RegionId { get; init; }
    public required string Name { get; init; }
    public required string Description { get; init; }
    public string ChargeType { get; init; } = "PostPaid";
    public required string CreateTime { get; init; }
    public required string MasterInstanceId { get; init; }
    public required string AssociatedInstanceType { get; init; }
    public required AssociatedInstanceList AssociatedInstances { get; init; }
    public AssociatedEipAddressList AssociatedEipAddresses { get; init; } = new([]);
    public required string ResourceGroupId { get; init; }
    public TagList Tags { get; init; } = new([]);

    public static HaVipItem From(DescribedHaVip described) => From(described.HaVip, described.EipAddresses) with
    {
        Tags = new TagList(described.Tags.Select(t => new TagItem(t.Key, t.Value)).ToList()),
    };

    public static HaVipItem From(HaVip h, IReadOnlyList<string> eipAddresses) => new()
    {
        HaVipId = h.HaVipId,
        IpAddress = h.IpAddress,
        Status = h.Status,
        VpcId = h.VpcId,
        VSwitchId = h.VSwitchId,
        RegionId = h.RegionId,
        Name = h.Name,
        Description = h.Description,
        CreateTime = WireTime.Seconds(h.CreationTime),
        MasterInstanceId = h.MasterInstanceId,
        AssociatedInstanceType = h.Members.FirstOrDefault()?.InstanceType ?? "",
        AssociatedInstances = new AssociatedInstanceList(h.Members.Select(m => m.InstanceId).ToList()),
        AssociatedEipAddresses = new AssociatedEipAddressList(eipAddresses),
        ResourceGroupId = h.ResourceGroupId,
    };
}
