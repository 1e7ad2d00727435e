using OpenEip.Core.Errors;

namespace OpenEip.Rpc.Dispatch;

/// <summary>The one table of actions, keyed by (Version, Action).</summary>
public sealed class RpcActionRegistry
{
    private readonly Dictionary<(string Version, string Name), IRpcAction> _actions;
    private readonly HashSet<string> _versions;

    public RpcActionRegistry(IEnumerable<IRpcAction> actions)
    {
        _actions = [];
        foreach (var action in actions)
        {
            if (!_actions.TryAdd((action.Version, action.Name), action))
                throw new InvalidOperationException($"Action {action.Name} of version {action.Version} is registered twice.");
        }

        _versions = _actions.Keys.Select(k => k.Version).ToHashSet(StringComparer.Ordinal);
    }

    public IEnumerable<IRpcAction> Actions => _actions.Values;

    public Result<IRpcAction> Find(string version, string action)
    {
        if (!_versions.Contains(version))
            return new Error("InvalidVersion", $"Specified parameter Version \"{ApiErrors.Shorten(version)}\" is not valid.");
        return _actions.TryGetValue((version, action), out var found)
            ? Result<IRpcAction>.Ok(found)
            : new Error("InvalidAction.NotFound", $"Specified api \"{ApiErrors.Shorten(action)}\" is not found in version {version}, please check your url and method.");
    }
}
