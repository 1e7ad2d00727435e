namespace OpenEip.Server.Products.Ecs.Instances;

public sealed record CreateInstanceResponse(string InstanceId, string OrderId, float TradePrice);
