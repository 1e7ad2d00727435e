namespace OpenEip.Core.UseCases.Compute;

public sealed record RebootInstanceCommand(string AccountId, string InstanceId);
