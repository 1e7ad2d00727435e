namespace OpenEip.Core.UseCases.LoadBalancers;

public sealed record ZoneMappingRequest(string ZoneId, string VSwitchId);
