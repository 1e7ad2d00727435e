namespace OpenEip.Core.Eips;

/// <summary>The line types (ISP) an EIP can be allocated on.</summary>
public static class Isps
{
    public const string Bgp = "BGP";
    public const string BgpPro = "BGP_PRO";

    public static readonly IReadOnlyList<string> All =
    [
        "BGP", "BGP_PRO", "ChinaTelecom", "ChinaUnicom", "ChinaMobile",
        "ChinaTelecom_L2", "ChinaUnicom_L2", "ChinaMobile_L2", "BGP_FinanceCloud", "BGP_International",
    ];
}
