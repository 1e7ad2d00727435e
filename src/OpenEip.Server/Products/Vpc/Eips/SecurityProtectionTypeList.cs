namespace OpenEip.Server.Products.Vpc.Eips;

public sealed record SecurityProtectionTypeList(IReadOnlyList<string> SecurityProtectionType);
