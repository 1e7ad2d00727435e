using OpenEip.Core.DataPlane.Desired;
using OpenEip.DataPlane.Model;
using OpenEip.DataPlane.Rendering;

namespace OpenEip.DataPlane.Driver;

/// <summary>
/// When the driver does not know what is on the host (it just started), an EIP that was unbound meanwhile
/// may still be there as routes, host addresses and connections that a refill of the sets does not reach.
/// Its program, rendered as if it were still bound, is added to the applied model as "possibly there", so
/// the full pass removes it and cuts its connections.
/// </summary>
internal static class StaleEips
{
    public static void AddTo(HostModel model, NetworkIndex index, IEnumerable<EipDesired> unbinding)
    {
        foreach (var eip in unbinding)
        {
            if (EipProgramRenderer.Render(eip with { Unbinding = false }, index) is not { } program)
                continue;
            // Routes and connections are in the router; elements need nothing here, every set is refilled.
            foreach (var fact in program.Facts.Where(f => f is RouteFact or FlowFact))
            {
                var router = model.Find(fact.Namespace) ?? model.Add(new NamespaceModel(fact.Namespace, NamespaceRole.Router));
                if (fact is RouteFact route)
                    router.Routes.TryAdd(route.Route);
                else if (fact is FlowFact flow)
                    router.Flows.TryAdd(flow.Filter);
            }

            if (program.Interface is { } holder)
            {
                var host = model.Find(holder.Host.Namespace) ?? model.Add(new NamespaceModel(holder.Host.Namespace, NamespaceRole.Host));
                host.Addresses.TryAdd(new AddressSpec(holder.Device, program.Address + "/32"));
                host.Rules.TryAdd(new RuleSpec(Transit.SourceRulePriority, "from " + program.Address, holder.Table));
            }
        }
    }
}
