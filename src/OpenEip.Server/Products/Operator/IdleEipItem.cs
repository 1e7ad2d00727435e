namespace OpenEip.Server.Products.Operator;

/// <summary>IdleSince is empty while the EIP is bound; IdleHours and Fee count every idle spell so far.</summary>
public sealed record IdleEipItem(string AllocationId, string IpAddress, string RegionId, string Status, string IdleSince, decimal IdleHours, decimal Fee, bool SuggestRelease);
