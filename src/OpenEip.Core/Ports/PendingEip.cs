namespace OpenEip.Core.Ports;

/// <summary>An EIP whose binding changed and the data plane has not yet confirmed.</summary>
public sealed record PendingEip(string AllocationId, long Generation, DateTimeOffset SpecChangedAt);
