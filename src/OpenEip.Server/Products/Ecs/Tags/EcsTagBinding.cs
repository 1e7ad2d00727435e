using OpenEip.Core.Errors;
using OpenEip.Core.Tags;
using OpenEip.Rpc.Parameters;

namespace OpenEip.Server.Products.Ecs.Tags;

/// <summary>
/// Parameters the ECS tag actions share. ECS spells ResourceType in lower case; only ENIs ("eni") carry
/// tags here (instances, disks, images and the rest are not modelled, or not taggable yet).
/// </summary>
public static class EcsTagBinding
{
    public static string ResourceType(ParameterBinder bind) => bind.RequiredEnum("ResourceType", ResourceTypes.Ecs);

    public static IReadOnlyList<string> RequiredResourceIds(ParameterBinder bind)
    {
        var ids = bind.List("ResourceId", 50);
        if (ids.Count == 0)
            bind.Fail(ApiErrors.MissingParameter("ResourceId.1"));
        return ids;
    }
}
