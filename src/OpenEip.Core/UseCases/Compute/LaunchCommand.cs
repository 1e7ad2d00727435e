namespace OpenEip.Core.UseCases.Compute;

/// <summary>RunInstances (Amount, started) or CreateInstance (one, stopped).</summary>
public sealed record LaunchCommand(string AccountId, string RegionId, string InstanceType)
{
    public string? VSwitchId { get; init; }
    public string? ZoneId { get; init; }
    public IReadOnlyList<string> SecurityGroupIds { get; init; } = [];
    public int Amount { get; init; } = 1;
    public bool Start { get; init; } = true;
    public string? InstanceName { get; init; }
    public string? Description { get; init; }
    public string? HostName { get; init; }
    public string? ImageId { get; init; }
    public string? PrivateIpAddress { get; init; }
    public string? ResourceGroupId { get; init; }

    /// <summary>Above zero, each instance gets a fixed public IP (R-ECS-4), as ECS does.</summary>
    public int InternetMaxBandwidthOut { get; init; }
}
