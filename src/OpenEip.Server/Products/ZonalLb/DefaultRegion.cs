using OpenEip.Rpc.Parameters;

namespace OpenEip.Server.Products.ZonalLb;

/// <summary>OpenEip:DefaultRegionId, for APIs whose requests name no region.</summary>
public sealed record DefaultRegion(string RegionId)
{
    /// <summary>The request's RegionId if it sent one, else the default.</summary>
    public string Of(ParameterBinder bind) => bind.NonEmptyString("RegionId", 64) ?? RegionId;
}
