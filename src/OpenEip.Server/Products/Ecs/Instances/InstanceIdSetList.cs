namespace OpenEip.Server.Products.Ecs.Instances;

/// <summary>The <c>InstanceIdSets</c> wrapper of RunInstances: <c>InstanceIdSet</c> is the array.</summary>
public sealed record InstanceIdSetList(IReadOnlyList<string> InstanceIdSet);
