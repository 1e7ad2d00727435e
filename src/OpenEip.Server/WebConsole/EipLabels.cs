using OpenEip.Core.Associations;
using OpenEip.Core.Eips;
using static OpenEip.Server.WebConsole.ConsoleText;

namespace OpenEip.Server.WebConsole;

/// <summary>How the console names the API's values, in the seed's wording (R-UI-2): binding kinds, modes, statuses, lock reasons.</summary>
public static class EipLabels
{
    public static string Kind(string instanceType) => instanceType switch
    {
        BindingTargetTypes.EcsInstance => L("ECS instance", "ECS インスタンス"),
        BindingTargetTypes.NetworkInterface => "Elastic Network Interface",
        BindingTargetTypes.Nat => L("NAT Gateway instance", "NAT Gateway インスタンス"),
        BindingTargetTypes.SlbInstance => L("Server Load Balancer (SLB) instance", "Server Load Balancer (SLB) インスタンス"),
        BindingTargetTypes.HaVip => L("High-availability virtual IP", "高可用性仮想 IP"),
        BindingTargetTypes.IpAddress => L("IP address", "IP アドレス"),
        _ => instanceType,
    };

    public static string Mode(string? mode) => mode switch
    {
        BindingModes.Nat => L("NAT mode", "NAT モード"),
        BindingModes.Binded => L("EIP-visible mode", "EIP 可視モード"),
        BindingModes.MultiBinded => L("Multi-EIP-to-ENI mode", "Multi-EIP-to-ENI モード"),
        _ => "",
    };

    public static string Status(string status) => status switch
    {
        EipStatus.Available => L("Available", "利用可能"),
        EipStatus.Associating => L("Associating", "関連付け中"),
        EipStatus.InUse => L("In use", "使用中"),
        EipStatus.Unassociating => L("Unassociating", "関連付け解除中"),
        EipStatus.Releasing => L("Releasing", "解放中"),
        _ => status,
    };

    /// <summary>A state that moves by itself: the list refreshes until it settles.</summary>
    public static bool IsTransitional(string status) => status is EipStatus.Associating or EipStatus.Unassociating or EipStatus.Releasing;

    public static string LockReason(string reason) => reason switch
    {
        "financial" => L("Locked: payment overdue or subscription expired. It is released by the system unless the account pays or renews.",
            "ロック中: 支払いの延滞またはサブスクリプションの期限切れ。支払いまたは更新がなければシステムによって解放されます。"),
        "security" => L("Locked for security reasons: it cannot be bound or released until it is unlocked.",
            "セキュリティ上の理由でロック中: ロック解除まではバインドも解放もできません。"),
        _ => reason,
    };

    public static string ChargeType(string chargeType) => chargeType switch
    {
        ChargeTypes.PostPaid => L("Pay-as-you-go", "従量課金"),
        ChargeTypes.PrePaid => L("Subscription", "サブスクリプション"),
        ChargeTypes.PayByBandwidth => L("by bandwidth", "帯域幅課金"),
        ChargeTypes.PayByTraffic => L("by traffic", "データ転送課金"),
        _ => chargeType,
    };
}
