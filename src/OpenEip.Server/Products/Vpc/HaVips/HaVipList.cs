namespace OpenEip.Server.Products.Vpc.HaVips;

public sealed record HaVipList(IReadOnlyList<HaVipItem> HaVip);
