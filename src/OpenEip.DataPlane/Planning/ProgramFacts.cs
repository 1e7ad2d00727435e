using OpenEip.DataPlane.Model;
using OpenEip.DataPlane.Rendering;

namespace OpenEip.DataPlane.Planning;

/// <summary>Adds an EIP program's facts to a model, or takes them out, each fact counting its owners.</summary>
internal static class ProgramFacts
{
    /// <summary>False, changing nothing, when a namespace or set is missing or another fact holds one of the program's keys.</summary>
    public static bool TryApply(HostModel model, EipProgram program, ModelJournal? journal)
    {
        foreach (var fact in program.Facts)
        {
            if (!Fits(model, fact))
                return false;
        }

        foreach (var fact in program.Facts)
            Change(model, fact, journal, add: true);
        return true;
    }

    public static void Withdraw(HostModel model, EipProgram program, ModelJournal? journal)
    {
        foreach (var fact in program.Facts)
        {
            if (model.Find(fact.Namespace) is not null)
                Change(model, fact, journal, add: false);
        }
    }

    private static bool Fits(HostModel model, ProgramFact fact)
    {
        if (model.Find(fact.Namespace) is not { } ns)
            return false;
        return fact switch
        {
            ElementFact e => ns.Tables.TryGetValue(e.Table, out var table) && table.Elements.TryGetValue(e.Set, out var bag)
                && (!bag.TryGet(e.Element.Key, out var held) || held.Equals(e.Element)),
            RouteFact r => !ns.Routes.TryGet(ns.Routes.KeyOf(r.Route), out var route) || route.Equals(r.Route),
            _ => true,
        };
    }

    private static void Change(HostModel model, ProgramFact fact, ModelJournal? journal, bool add)
    {
        var ns = model.Find(fact.Namespace)!;
        switch (fact)
        {
            case ElementFact e:
                if (!ns.Tables.TryGetValue(e.Table, out var table) || !table.Elements.TryGetValue(e.Set, out var bag))
                    return;
                journal?.Element(ns.Name, e.Table, e.Set, bag, e.Element.Key);
                _ = add ? bag.TryAdd(e.Element) != AddResult.Conflict : bag.Remove(e.Element);
                break;
            case RouteFact r:
                journal?.Route(ns.Name, ns.Routes, ns.Routes.KeyOf(r.Route));
                _ = add ? ns.Routes.TryAdd(r.Route) != AddResult.Conflict : ns.Routes.Remove(r.Route);
                break;
            case FlowFact f:
                journal?.Flow(ns.Name, ns.Flows, f.Filter);
                _ = add ? ns.Flows.TryAdd(f.Filter) != AddResult.Conflict : ns.Flows.Remove(f.Filter);
                break;
        }
    }
}
