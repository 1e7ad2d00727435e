using OpenEip.Core.UseCases.LoadBalancers;
using OpenEip.Rpc.Parameters;

namespace OpenEip.Server.Products.ZonalLb;

public static class ZonalBinding
{
    public static readonly string[] AddressTypes = ["Internet", "Intranet"];

    /// <summary>ZoneMappings.N.ZoneId / ZoneMappings.N.VSwitchId, in index order.</summary>
    public static IReadOnlyList<ZoneMappingRequest> ZoneMappings(ParameterBinder bind)
    {
        var mappings = new List<ZoneMappingRequest>();
        for (var i = 1; i <= 20; i++)
        {
            var zone = bind.String($"ZoneMappings.{i}.ZoneId", 64);
            var vSwitch = bind.String($"ZoneMappings.{i}.VSwitchId", 64);
            if (zone is null && vSwitch is null)
                continue;
            if (string.IsNullOrEmpty(zone) || string.IsNullOrEmpty(vSwitch))
                bind.Fail(OpenEip.Core.Errors.ApiErrors.MissingParameter(string.IsNullOrEmpty(zone) ? $"ZoneMappings.{i}.ZoneId" : $"ZoneMappings.{i}.VSwitchId"));
            else
                mappings.Add(new ZoneMappingRequest(zone, vSwitch));
        }

        return mappings;
    }
}
