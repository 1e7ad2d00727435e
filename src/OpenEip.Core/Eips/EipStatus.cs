namespace OpenEip.Core.Eips;

/// <summary>Alibaba's EIP statuses, as they appear on the wire.</summary>
public static class EipStatus
{
    public const string Associating = "Associating";
    public const string Unassociating = "Unassociating";
    public const string InUse = "InUse";
    public const string Available = "Available";
    public const string Releasing = "Releasing";

    public static readonly IReadOnlyList<string> All = [Associating, Unassociating, InUse, Available, Releasing];
}
