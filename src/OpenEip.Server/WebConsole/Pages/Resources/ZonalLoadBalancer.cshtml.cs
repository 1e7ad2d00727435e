using Microsoft.AspNetCore.Mvc;
using OpenEip.Core.Errors;
using OpenEip.Core.LoadBalancers;
using OpenEip.Core.UseCases.LoadBalancers;
using OpenEip.Server.Products;
using static OpenEip.Server.WebConsole.ConsoleText;

namespace OpenEip.Server.WebConsole.Pages.Resources;

/// <summary>
/// An ALB or NLB: its zones and addresses, and its network type switch (Intranet ⇄ Internet), the same use
/// case as UpdateLoadBalancerAddressTypeConfig. This is where an ALB or NLB is made public (R-UI-3).
/// </summary>
public sealed class ZonalLoadBalancerModel(GetZonalLoadBalancer get, UpdateZonalLoadBalancerAddressType update) : ConsolePageModel
{
    public static readonly IReadOnlyList<string> AddressTypes = [ZonalLoadBalancerAddressing.Intranet, ZonalLoadBalancerAddressing.Internet];

    [BindProperty(SupportsGet = true)]
    public string Kind { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    public ZonalLoadBalancer? LoadBalancer { get; private set; }

    public string Self => WithRegion($"{LoadBalancersModel.Path}/{Uri.EscapeDataString(Kind)}/{Uri.EscapeDataString(Id)}");

    public string ListPage => WithRegion($"{LoadBalancersModel.Path}/{Uri.EscapeDataString(Kind)}");

    public string EipsPage => WithRegion("/console/eips");

    public string Product => Kind.ToUpperInvariant();

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    /// <summary>Changes the network type; the result (the zones' public addresses, or none) shows on the page it redirects to.</summary>
    public async Task<IActionResult> OnPostAsync(string? addressType, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
            return Page();
        if (addressType is null || !AddressTypes.Contains(addressType))
        {
            ShowError("AddressType", ApiErrors.InvalidParameter("AddressType", "Internet or Intranet is expected."));
            return Page();
        }

        var result = await AuditedAsync(Kind == "alb" ? ProductVersions.Alb : ProductVersions.Nlb, "UpdateLoadBalancerAddressTypeConfig", [("LoadBalancerId", Id), ("AddressType", addressType)],
            () => update.ExecuteAsync(new UpdateZonalLoadBalancerAddressTypeCommand(AccountId, Kind, Id, addressType), null, cancellationToken));
        if (!result.IsSuccess)
        {
            ShowError("AddressType", result.Error);
            return Page();
        }

        Notice = addressType == ZonalLoadBalancerAddressing.Internet
            ? L($"{Id} is now Internet-facing: each zone has a public address.", $"{Id} のネットワークタイプをインターネットに変更しました。各ゾーンにパブリックアドレスが割り当てられました。")
            : L($"{Id} is now Intranet-only: its public addresses were released.", $"{Id} のネットワークタイプをイントラネットに変更しました。パブリックアドレスは解放されました。");
        return Redirect(Self);
    }

    /// <summary>
    /// The account's ALB or NLB in the region picked in the top bar; false (the reason shown, and 404) otherwise:
    /// another account's load balancer, or one of another region, is not found, as in the API.
    /// </summary>
    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (Kind is "alb" or "nlb")
        {
            var found = await get.ExecuteAsync(new GetZonalLoadBalancerQuery(AccountId, Kind, Id), cancellationToken);
            if (found.IsSuccess && found.Value.RegionId == RegionId)
            {
                LoadBalancer = found.Value;
                return true;
            }
        }

        Response.StatusCode = StatusCodes.Status404NotFound;
        ViewData["LoadError"] = L($"The load balancer {Id} does not exist in {RegionId}.", $"ロードバランサー {Id} は {RegionId} に存在しません。");
        return false;
    }
}
