using OpenEip.Core.ResourceGroups;
using OpenEip.Core.Tags;

namespace OpenEip.Core.UseCases.ResourceGroups;

public sealed record DescribedResourceGroup(ResourceGroup Group, IReadOnlyList<Tag> Tags);
