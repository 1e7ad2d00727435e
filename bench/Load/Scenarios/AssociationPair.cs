namespace OpenEip.LoadBench.Scenarios;

/// <summary>An EIP and the ECS instance it is bound to and unbound from, owned by one client for the whole run.</summary>
public sealed record AssociationPair(string AllocationId, string InstanceId);
