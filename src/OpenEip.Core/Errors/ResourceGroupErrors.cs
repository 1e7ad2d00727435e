namespace OpenEip.Core.Errors;

/// <summary>
/// The errors of resource groups. Codes Alibaba documents are used as documented (InvalidResourceGroupId on
/// the VPC/ECS create actions; Resource Manager's EntityNotExists.ResourceGroup, DeleteConflict.ResourceGroup.Resource,
/// InvalidParameter.Name.*, InvalidParameter.DisplayName.*); the rest follow their naming (docs/api-compatibility.md).
/// </summary>
public static class ResourceGroupErrors
{
    /// <summary>A ResourceGroupId the caller does not own, on a create, a filter or a move (VPC and ECS APIs).</summary>
    public static Error InvalidResourceGroupId() =>
        new("InvalidResourceGroupId", "The specified ResourceGroupId does not exist.");

    /// <summary>Resource Manager's not-found (GetResourceGroup, DeleteResourceGroup).</summary>
    public static Error NotFound() =>
        new("EntityNotExists.ResourceGroup", "The specified resource group does not exist. You must first create a resource group.");

    public static Error HasResources(IEnumerable<string> resourceIds) =>
        new("DeleteConflict.ResourceGroup.Resource",
            "Failed to delete the resource group because one or more cloud resources exist in the resource group. " +
            $"Move or release them first: {string.Join(", ", resourceIds)}.");

    public static Error IsDefault() =>
        new("DeleteConflict.ResourceGroup.Default", "The default resource group of an account cannot be deleted.");

    public static Error NameTaken(string name) =>
        new("EntityAlreadyExists.ResourceGroup", $"A resource group named \"{ApiErrors.Shorten(name)}\" already exists in this account.");

    public static Error LimitExceeded(long limit) =>
        new("LimitExceeded.ResourceGroup", $"An account can create at most {limit} resource groups besides its default group; delete one or ask the operator to raise resource-group-per-account.");

    public static Error MissingName() => new("MissingParameter.Name", "You must specify Name.");

    public static Error NameLength() => new("InvalidParameter.Name.Length", "The Name is 2 to 50 characters long.");

    public static Error NameInvalidChars() =>
        new("InvalidParameter.Name.InvalidChars", "The Name is invalid: letters, digits and hyphens (-), starting with a letter.");

    public static Error MissingDisplayName() => new("MissingParameter.DisplayName", "You must specify DisplayName.");

    public static Error DisplayNameLength() => new("InvalidParameter.DisplayName.Length", "The DisplayName is 1 to 50 characters long.");

    public static Error DisplayNameInvalid() => new("InvalidParameter.DisplayName", "The DisplayName is invalid: it contains a control character.");

    /// <summary>A ResourceType the API documents but OpenEip has no such resources of.</summary>
    public static Error UnsupportedResourceType(string type, IEnumerable<string> supported) =>
        new("OperationUnsupported.ResourceType", $"OpenEip has no {type} resources; ResourceType is one of: {string.Join(", ", supported)}.");
}
