namespace OpenEip.Core.UseCases.Compute;

public sealed record StartInstanceCommand(string AccountId, string InstanceId);
