namespace OpenEip.Server.Products.Ecs.Instances;

public sealed record RunInstancesResponse(InstanceIdSetList InstanceIdSets, string OrderId, float TradePrice);
