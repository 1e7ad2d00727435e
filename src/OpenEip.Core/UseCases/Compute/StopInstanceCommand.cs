namespace OpenEip.Core.UseCases.Compute;

public sealed record StopInstanceCommand(string AccountId, string InstanceId);
