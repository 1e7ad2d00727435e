namespace OpenEip.Server.Products.Vpc.Networks;

public sealed record VSwitchList(IReadOnlyList<VSwitchItem> VSwitch);
