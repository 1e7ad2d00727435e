namespace OpenEip.Server.Products.Vpc.HaVips;

public sealed record CreateHaVipResponse(string HaVipId, string IpAddress);
