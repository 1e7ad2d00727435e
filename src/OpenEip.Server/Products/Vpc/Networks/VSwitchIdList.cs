namespace OpenEip.Server.Products.Vpc.Networks;

public sealed record VSwitchIdList(IReadOnlyList<string> VSwitchId);
