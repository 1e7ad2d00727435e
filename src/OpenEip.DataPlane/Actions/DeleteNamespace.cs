namespace OpenEip.DataPlane.Actions;

/// <summary>Deletes a network namespace (no-op if it is gone); its links and their peers go with it.</summary>
public sealed record DeleteNamespace(string Name) : DataPlaneAction;
