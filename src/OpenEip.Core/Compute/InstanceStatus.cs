namespace OpenEip.Core.Compute;

/// <summary>ECS instance statuses as they appear on the wire.</summary>
public static class InstanceStatus
{
    public const string Pending = "Pending";
    public const string Starting = "Starting";
    public const string Running = "Running";
    public const string Stopping = "Stopping";
    public const string Stopped = "Stopped";

    public static readonly IReadOnlyList<string> All = [Pending, Starting, Running, Stopping, Stopped];
}
