namespace OpenEip.Server.Products.Vpc.Eips;

/// <summary>The <c>EipAddresses</c> wrapper: <c>EipAddress</c> is always an array, as the SDK model requires.</summary>
public sealed record EipAddressList(IReadOnlyList<EipAddressItem> EipAddress);
