namespace OpenEip.Core.UseCases.Compute;

/// <summary>DeleteInstance; Force lets a Running instance go too.</summary>
public sealed record DeleteInstanceCommand(string AccountId, string InstanceId, bool Force);
