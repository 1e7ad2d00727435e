namespace OpenEip.Server.Products.Vpc.Networks;

public sealed record CreateVSwitchResponse(string VSwitchId);
