namespace OpenEip.Core.DataPlane.Desired;

/// <summary>The public address ranges a region hands EIPs out from: the internet routes them to the region's gateway.</summary>
public sealed record RegionPool(string RegionId, IReadOnlyList<string> Cidrs);
