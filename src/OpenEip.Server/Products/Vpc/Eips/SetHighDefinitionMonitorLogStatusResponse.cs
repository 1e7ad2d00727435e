namespace OpenEip.Server.Products.Vpc.Eips;

/// <summary>Success is a string ("true") in the SDK model.</summary>
public sealed record SetHighDefinitionMonitorLogStatusResponse(string Success);
