namespace OpenEip.DataPlane.Actions;

/// <summary>
/// One step on the host's network, as the renderer plans it and an executor carries it out. Every step
/// names the network namespace it runs in (null: the executor's own namespace, only for creating and
/// deleting namespaces). The vocabulary is small on purpose: the renderer stays pure and testable
/// without root, and the executor is the only code that touches the kernel.
/// </summary>
public abstract record DataPlaneAction;
