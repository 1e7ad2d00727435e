namespace OpenEip.Server.Products.Vpc.Networks;

/// <summary>The SDK model really names the list RouterTableIds.RouterTableIds.</summary>
public sealed record RouterTableIdList(IReadOnlyList<string> RouterTableIds);
