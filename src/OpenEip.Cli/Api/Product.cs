namespace OpenEip.Cli.Api;

/// <summary>One API the server answers, by the name the CLI's generic form uses for it (as aliyun names its products).</summary>
/// <param name="Regional">Whether its calls carry a <c>RegionId</c>: the profile's region is added when the caller gives none.</param>
public sealed record Product(string Name, string Version, string Title, bool Regional);
