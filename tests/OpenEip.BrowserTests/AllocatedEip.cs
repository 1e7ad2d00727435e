namespace OpenEip.BrowserTests;

/// <summary>What AllocateEipAddress answered.</summary>
public sealed record AllocatedEip(string AllocationId, string IpAddress);
