namespace OpenEip.Core.Ports;

/// <summary>DescribeHaVips' Filter.N keys: HaVipId, VpcId, VSwitchId, Status, HaVipAddress (each a list).</summary>
public sealed record HaVipQuery(string AccountId, string RegionId)
{
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Filters { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
    public int PageNumber { get; init; } = 1;
    public int PageSize { get; init; } = 10;
}
