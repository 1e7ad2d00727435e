namespace OpenEip.Core.UseCases.ResourceGroups;

/// <summary>GetResourceGroup's parameters: one of the caller's groups.</summary>
public sealed record GetResourceGroupQuery(string AccountId, string ResourceGroupId);
