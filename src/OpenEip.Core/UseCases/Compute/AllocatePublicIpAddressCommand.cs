namespace OpenEip.Core.UseCases.Compute;

public sealed record AllocatePublicIpAddressCommand(string AccountId, string InstanceId);
