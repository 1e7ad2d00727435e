namespace OpenEip.DataPlane.Model;

/// <param name="Selector">What the rule matches, as ip rule writes it: <c>fwmark 4097</c>, <c>from 10.0.1.5</c>.</param>
internal sealed record RuleSpec(int Priority, string Selector, int Table);
