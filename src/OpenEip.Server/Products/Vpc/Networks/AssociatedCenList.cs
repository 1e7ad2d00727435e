namespace OpenEip.Server.Products.Vpc.Networks;

/// <summary>AssociatedCens.AssociatedCen: always empty, there is no Cloud Enterprise Network here.</summary>
public sealed record AssociatedCenList(IReadOnlyList<AssociatedCenItem> AssociatedCen);
