using static OpenEip.Server.WebConsole.ConsoleText;

namespace OpenEip.Server.WebConsole.Pages.Resources;

/// <summary>
/// How the resource pages word the API's values (statuses, network types, ENI types) in English and in
/// Alibaba's Japanese console wording. Values the console shows as they are (ids, modes such as NAT or
/// MULTI_BINDED, protocols) are technical terms the Japanese console does not translate either.
/// </summary>
public static class ResourceText
{
    public static string Status(string status) => status switch
    {
        "Running" => L("Running", "実行中"),
        "Stopped" => L("Stopped", "停止済み"),
        "Starting" => L("Starting", "起動中"),
        "Stopping" => L("Stopping", "停止中"),
        "Pending" => L("Pending", "準備中"),
        "InUse" => L("In use", "使用中"),
        "Available" => L("Available", "利用可能"),
        "Attaching" => L("Attaching", "アタッチ中"),
        "Detaching" => L("Detaching", "デタッチ中"),
        "Creating" => L("Creating", "作成中"),
        "Associating" => L("Associating", "関連付け中"),
        "Unassociating" => L("Unassociating", "関連付け解除中"),
        _ => status,
    };

    /// <summary>States that settle by themselves: the page follows them (console.js, data-transitional) until they do.</summary>
    public static bool IsTransitional(string status) =>
        status is "Pending" or "Starting" or "Stopping" or "Attaching" or "Detaching" or "Creating" or "Associating" or "Unassociating";

    /// <summary>Internet / Intranet, whichever case the product spells it in (CLB and NAT: lower case; ALB and NLB: capitalised).</summary>
    public static string NetworkType(string type) => type.ToLowerInvariant() switch
    {
        "internet" => L("Internet", "インターネット"),
        "intranet" => L("Intranet", "イントラネット"),
        "vpc" => "VPC",
        "classic" => L("Classic network", "クラシックネットワーク"),
        _ => type,
    };

    public static string EniType(string type) => type switch
    {
        "Primary" => L("Primary", "プライマリ"),
        "Secondary" => L("Secondary", "セカンダリ"),
        _ => type,
    };

    public static string MemberType(string type) => type switch
    {
        "EcsInstance" => L("ECS instance", "ECS インスタンス"),
        "NetworkInterface" => L("ENI", "ENI"),
        _ => type,
    };
}
