namespace OpenEip.Server.Products.Operator;

public sealed record AddressPoolList(IReadOnlyList<AddressPoolItem> AddressPool);
