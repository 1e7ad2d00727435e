namespace OpenEip.Core.DataPlane;

/// <summary>An EIP's spec generation that the data plane now carries (or, for an unbinding, no longer carries).</summary>
public sealed record AppliedEip(string AllocationId, long Generation);
