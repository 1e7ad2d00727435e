namespace OpenEip.Core.Compute;

/// <summary>
/// How long the asynchronous steps of instances and ENIs take (OpenEip:Compute). Real durations make
/// transitional states observable (R-ECS-3); zero makes every step immediate.
/// </summary>
public sealed record ComputeTimings(TimeSpan Pending, TimeSpan Starting, TimeSpan Stopping, TimeSpan EniAttach)
{
    public static readonly ComputeTimings Default = new(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(1));
}
