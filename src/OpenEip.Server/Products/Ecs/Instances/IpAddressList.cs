namespace OpenEip.Server.Products.Ecs.Instances;

public sealed record IpAddressList(IReadOnlyList<string> IpAddress);
