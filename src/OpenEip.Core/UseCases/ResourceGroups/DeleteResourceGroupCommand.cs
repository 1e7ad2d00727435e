namespace OpenEip.Core.UseCases.ResourceGroups;

public sealed record DeleteResourceGroupCommand(string AccountId, string ResourceGroupId);
