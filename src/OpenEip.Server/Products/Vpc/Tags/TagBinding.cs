using OpenEip.Core.Errors;
using OpenEip.Core.Tags;
using OpenEip.Rpc.Parameters;

namespace OpenEip.Server.Products.Vpc.Tags;

/// <summary>Parameters the tag actions share.</summary>
public static class TagBinding
{
    public static string ResourceType(ParameterBinder bind)
    {
        if (bind.Parameters["ResourceType"] is null)
            bind.Fail(ApiErrors.MissingParameter("ResourceType"));
        return bind.Enum("ResourceType", ResourceTypes.All) ?? ResourceTypes.Eip;
    }

    public static IReadOnlyList<string> RequiredResourceIds(ParameterBinder bind)
    {
        var ids = bind.List("ResourceId", 50);
        if (ids.Count == 0)
            bind.Fail(ApiErrors.MissingParameter("ResourceId.1"));
        return ids;
    }
}
