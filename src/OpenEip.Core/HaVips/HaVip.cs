namespace OpenEip.Core.HaVips;

/// <summary>
/// A high-availability virtual IP: a private address of one vSwitch, shared by up to
/// <see cref="MaxMembers"/> ECS instances or ENIs of that vSwitch, one of which (the master) holds it.
/// </summary>
public sealed partial record HaVip
{
    public const int MaxMembers = 10;

    public required string HaVipId { get; init; }
    public required string AccountId { get; init; }
    public required string RegionId { get; init; }
    public required string VpcId { get; init; }
    public required string VSwitchId { get; init; }
    public required string IpAddress { get; init; }
    public string Name { get; init; } = "";
    public string Description { get; init; } = "";
    public IReadOnlyList<HaVipMember> Members { get; init; } = [];
    public string MasterInstanceId { get; init; } = "";
    public string ResourceGroupId { get; init; } = "";
    public required DateTimeOffset CreationTime { get; init; }

    public string Status => Members.Count > 0 ? "InUse" : "Available";
}
