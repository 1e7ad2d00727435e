using OpenEip.Core.Quotas;

namespace OpenEip.Server.WebConsole.Pages.Operator;

/// <summary>What each quota of <see cref="QuotaNames"/> means, in both languages, for the account page.</summary>
public static class QuotaTexts
{
    /// <summary>The quotas that are yes/no privileges (1 granted, 0 not): shown as Grant/Revoke, not as a number.</summary>
    public static readonly IReadOnlyList<string> Privileges = [QuotaNames.HaVipPrivilege, QuotaNames.MultiBindedPrivilege];

    public static string Describe(string quotaName) => quotaName switch
    {
        QuotaNames.EipPostPaidPerRegion => ConsoleText.L("Pay-as-you-go EIPs per region", "リージョンごとの従量課金 EIP 数"),
        QuotaNames.EipRecoverPerMonth => ConsoleText.L("Recoveries of released EIPs per calendar month (UTC)", "解放済み EIP の回復回数（暦月、UTC）"),
        QuotaNames.HaVipPrivilege => ConsoleText.L("HaVip privilege: may create high-availability virtual IPs", "HaVip 権限: 高可用性仮想 IP を作成できる"),
        QuotaNames.HaVipPerAccount => ConsoleText.L("HaVips per account", "アカウントあたりの HaVip 数"),
        QuotaNames.MultiBindedPrivilege => ConsoleText.L("Multi-EIP-to-ENI privilege: may bind several EIPs to one ENI (MULTI_BINDED mode)", "マルチ EIP-ENI 権限: 1 つの ENI に複数の EIP をバインドできる（MULTI_BINDED モード）"),
        QuotaNames.ResourceGroupPerAccount => ConsoleText.L("Resource groups besides the default group", "デフォルト以外のリソースグループ数"),
        _ => quotaName,
    };

    public static string PrivilegeName(string quotaName) => quotaName switch
    {
        QuotaNames.HaVipPrivilege => ConsoleText.L("HaVip privilege", "HaVip 権限"),
        QuotaNames.MultiBindedPrivilege => ConsoleText.L("Multi-EIP-to-ENI privilege", "マルチ EIP-ENI 権限"),
        _ => quotaName,
    };

    public static string PrivilegeEffect(string quotaName) => quotaName switch
    {
        QuotaNames.HaVipPrivilege => ConsoleText.L(
            "Lets the account create HaVips (CreateHaVip), as Alibaba grants it through a quota application. Revoking it keeps existing HaVips but refuses new ones.",
            "アカウントが HaVip を作成できるようにします（Alibaba のクォータ申請に相当）。取り消しても既存の HaVip は残りますが、新規作成は拒否されます。"),
        QuotaNames.MultiBindedPrivilege => ConsoleText.L(
            "Opens the MULTI_BINDED mode (closed to new users at Alibaba): several EIPs on one ENI's secondary private addresses.",
            "MULTI_BINDED モード（Alibaba では新規ユーザーに非公開）を有効にします: 1 つの ENI のセカンダリプライベートアドレスに複数の EIP。"),
        _ => "",
    };
}
