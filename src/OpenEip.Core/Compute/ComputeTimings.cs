namespace OpenEip.Core.Compute;

/// <summary>
/// How long the asynchronous steps of instances, ENIs and NAT gateways take (OpenEip:Compute). Real
/// durations make transitional states observable (R-ECS-3, R-NAT-4); zero makes every step immediate.
/// </summary>
public sealed record ComputeTimings(TimeSpan Pending, TimeSpan Starting, TimeSpan Stopping, TimeSpan EniAttach)
{
    public static readonly ComputeTimings Default = new(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(1));

    /// <summary>How long a new NAT gateway is Creating before it is Available (0 by default: at once).</summary>
    public TimeSpan NatGatewayCreating { get; init; } = TimeSpan.Zero;
}
