namespace OpenEip.Server.Products.Operator;

/// <summary>
/// One region's pool. Every address is held by an EIP or free (<c>FreeIpCount = TotalIpCount - HeldIpCount</c>);
/// <c>RecoverableIpCount</c> of the free ones were released within the recovery window and go to others only once
/// no other address is free.
/// </summary>
public sealed record AddressPoolItem(string RegionId, CidrList Cidrs, int TotalIpCount, int HeldIpCount, int FreeIpCount, int RecoverableIpCount);
