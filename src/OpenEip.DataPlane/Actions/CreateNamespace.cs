namespace OpenEip.DataPlane.Actions;

/// <summary>Creates a network namespace (no-op if it exists) with its loopback up.</summary>
public sealed record CreateNamespace(string Name) : DataPlaneAction;
