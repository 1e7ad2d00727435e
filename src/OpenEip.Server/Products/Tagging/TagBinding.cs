using OpenEip.Core.Errors;
using OpenEip.Rpc.Parameters;

namespace OpenEip.Server.Products.Tagging;

/// <summary>Parameters the tag actions of every product share; each product names the resource types it tags.</summary>
public static class TagBinding
{
    public static string ResourceType(ParameterBinder bind, IReadOnlyList<string> resourceTypes) => bind.RequiredEnum("ResourceType", resourceTypes);

    public static IReadOnlyList<string> RequiredResourceIds(ParameterBinder bind)
    {
        var ids = bind.List("ResourceId", 50);
        if (ids.Count == 0)
            bind.Fail(ApiErrors.MissingParameter("ResourceId.1"));
        return ids;
    }
}
