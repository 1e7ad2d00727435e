using System.Text.Json;
using OpenEip.Cli.Api;

namespace OpenEip.Cli.Verbs;

/// <summary>The ways the Describe actions take ids.</summary>
public static class IdFilters
{
    /// <summary>A JSON array in one parameter: <c>InstanceIds=["i-1","i-2"]</c> (ECS).</summary>
    public static Func<IReadOnlyList<string>, ParameterList> JsonArray(string name) =>
        ids => new ParameterList().Add(name, JsonSerializer.Serialize(ids));

    /// <summary>A repeat list: <c>NetworkInterfaceId.1</c>, <c>NetworkInterfaceId.2</c>, ….</summary>
    public static Func<IReadOnlyList<string>, ParameterList> Repeated(string name) =>
        ids => new ParameterList().AddList(name, ids);

    /// <summary>A comma-separated list in one parameter (SLB's LoadBalancerId).</summary>
    public static Func<IReadOnlyList<string>, ParameterList> Comma(string name) =>
        ids => new ParameterList().Add(name, string.Join(',', ids));

    /// <summary>One id per call (use with IdsPerCall 1).</summary>
    public static Func<IReadOnlyList<string>, ParameterList> Single(string name) =>
        ids => new ParameterList().Add(name, ids[0]);
}
