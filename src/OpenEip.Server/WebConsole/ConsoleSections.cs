namespace OpenEip.Server.WebConsole;

/// <summary>The console's sections, in the order of the navigation bar (the operator's last, for the operator only).</summary>
public static class ConsoleSections
{
    public sealed record Section(string Path, string English, string Japanese, bool OperatorOnly = false);

    public static readonly IReadOnlyList<Section> All =
    [
        new("/console/eips", "Elastic IP Addresses", "Elastic IP Addresses"),
        new("/console/instances", "ECS instances", "ECS インスタンス"),
        new("/console/network-interfaces", "Elastic Network Interfaces", "Elastic Network Interface"),
        new("/console/nat-gateways", "NAT gateways", "NAT Gateway"),
        new("/console/load-balancers", "Load balancers", "Server Load Balancer"),
        new("/console/havips", "High-availability virtual IPs", "高可用性仮想 IP"),
        new("/console/vpcs", "VPCs and vSwitches", "VPC と vSwitch"),
        new("/console/operator", "Operator", "運用管理", OperatorOnly: true),
    ];

    /// <summary>The section a request path belongs to (the longest matching prefix).</summary>
    public static Section? Of(string path) =>
        All.Where(s => path.Equals(s.Path, StringComparison.Ordinal) || path.StartsWith(s.Path + "/", StringComparison.Ordinal))
            .MaxBy(s => s.Path.Length);
}
