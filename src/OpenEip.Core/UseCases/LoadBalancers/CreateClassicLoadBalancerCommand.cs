namespace OpenEip.Core.UseCases.LoadBalancers;

public sealed record CreateClassicLoadBalancerCommand(string AccountId, string RegionId, string AddressType)
{
    public string? VpcId { get; init; }
    public string? VSwitchId { get; init; }
    public string? Address { get; init; }
    public string? LoadBalancerName { get; init; }
    public string? MasterZoneId { get; init; }
    public string? ResourceGroupId { get; init; }
}
