namespace OpenEip.Server.Products.Vpc.Networks;

public sealed record AssociatedCenItem(string CenId, long CenOwnerId, string CenStatus);
