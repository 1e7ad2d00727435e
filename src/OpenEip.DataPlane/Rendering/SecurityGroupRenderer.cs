using OpenEip.Core.Compute;
using OpenEip.DataPlane.Model;
using OpenEip.DataPlane.Naming;

namespace OpenEip.DataPlane.Rendering;

/// <summary>
/// Security groups as ECS enforces them, in the VPC router (recipe §5): one pair of chains per distinct
/// combination of groups, never one per interface (recipe §7: quadratic). Inbound, an address of an
/// interface with groups is refused unless allowed: members of one of its groups first (a basic group's
/// internal policy, Accept, takes precedence over its rules), then the rules of all its groups together
/// by priority (1 first; at equal priority drop wins), then drop. Outbound passes unless an egress rule
/// drops it.
/// </summary>
internal static class SecurityGroupRenderer
{
    public const string InMap = "sg_in";
    public const string OutMap = "sg_out";

    public static SecurityPlan Plan(VpcContext vpc)
    {
        var plan = new SecurityPlan();
        var rulesByGroup = vpc.Desired.SecurityGroups.GroupBy(g => g.SecurityGroupId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<SecurityGroupRule>)g.SelectMany(x => x.Rules).ToList(), StringComparer.Ordinal);
        var interfaces = vpc.Interfaces.Where(i => i.Desired.SecurityGroupIds.Count > 0).ToList();
        var combos = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var iface in interfaces)
        {
            var groups = iface.Desired.SecurityGroupIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            combos[string.Join(',', groups)] = groups;
        }

        var referenced = combos.Values.SelectMany(g => g)
            .Concat(combos.Values.SelectMany(g => g).SelectMany(g => rulesByGroup.GetValueOrDefault(g) ?? []).SelectMany(r => new[] { r.SourceGroupId, r.DestGroupId }))
            .Where(g => !string.IsNullOrEmpty(g)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        foreach (var group in referenced)
        {
            var set = MemberSet(group);
            plan.Sets.Add(new NftSetSpec(set, IsMap: false, "type ipv4_addr;"));
            plan.Members[set] = interfaces.Where(i => i.Desired.SecurityGroupIds.Contains(group) && !i.Desired.PrivateTrafficDisabled)
                .SelectMany(i => i.PrivateIps).Distinct(StringComparer.Ordinal).ToList();
        }

        var chains = new Dictionary<string, SecurityCombo>(StringComparer.Ordinal);
        foreach (var (key, groups) in combos.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            var rules = groups.SelectMany(g => rulesByGroup.GetValueOrDefault(g) ?? []).ToList();
            var inbound = Ordered(rules, SecurityRuleText.Ingress).Select(r => SecurityRuleText.Render(r, MemberSet)).OfType<string>();
            var inChain = "sgc_" + NameHash.Hex(key, LinkNames.HashDigits);
            plan.Chains.Add(NftChainSpec.Create(inChain, null, groups.Select(g => $"ip saddr @{MemberSet(g)} accept").Concat(inbound).Append("drop")));
            var outbound = Ordered(rules, SecurityRuleText.Egress).Select(r => SecurityRuleText.Render(r, MemberSet)).OfType<string>().ToList();
            string? outChain = null;
            if (outbound.Count > 0)
            {
                outChain = "sge_" + NameHash.Hex(key, LinkNames.HashDigits);
                plan.Chains.Add(NftChainSpec.Create(outChain, null, outbound));
            }

            chains[key] = new SecurityCombo(key, inChain, outChain);
        }

        foreach (var iface in interfaces)
            plan.ComboByInterface[iface.Id] = chains[string.Join(',', iface.Desired.SecurityGroupIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))];
        return plan;
    }

    public static string MemberSet(string groupId) => "sgm_" + NameHash.Hex(groupId, LinkNames.HashDigits);

    /// <summary>Priority 1 first; at equal priority drop before accept (drop wins); then by id, for a stable text.</summary>
    private static IEnumerable<SecurityGroupRule> Ordered(IEnumerable<SecurityGroupRule> rules, string direction) =>
        rules.Where(r => string.Equals(r.Direction, direction, StringComparison.OrdinalIgnoreCase))
            .OrderBy(r => r.Priority)
            .ThenBy(r => string.Equals(r.Policy, "drop", StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .ThenBy(r => r.SecurityGroupRuleId, StringComparer.Ordinal);
}
