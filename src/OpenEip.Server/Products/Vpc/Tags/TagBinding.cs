using OpenEip.Core.Errors;
using OpenEip.Core.Tags;
using OpenEip.Rpc.Parameters;

namespace OpenEip.Server.Products.Vpc.Tags;

/// <summary>Parameters the tag actions share.</summary>
public static class TagBinding
{
    public static string ResourceType(ParameterBinder bind) => bind.RequiredEnum("ResourceType", ResourceTypes.All);

    public static IReadOnlyList<string> RequiredResourceIds(ParameterBinder bind)
    {
        var ids = bind.List("ResourceId", 50);
        if (ids.Count == 0)
            bind.Fail(ApiErrors.MissingParameter("ResourceId.1"));
        return ids;
    }
}
