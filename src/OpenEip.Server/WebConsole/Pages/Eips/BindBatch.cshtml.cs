using Microsoft.AspNetCore.Mvc;
using OpenEip.Core.Associations;
using OpenEip.Core.Ports;
using OpenEip.Core.UseCases.Associations;
using OpenEip.Core.UseCases.Compute;
using OpenEip.Server.Products;

namespace OpenEip.Server.WebConsole.Pages.Eips;

/// <summary>
/// Binds the EIPs ticked on the list to one ENI at once, in NAT mode, each on the next private IP that has
/// none (AssociateEipAddressBatch, R-ENI-7): all or nothing.
/// </summary>
public sealed class BindBatchModel(DescribeNetworkInterfaces describeInterfaces, AssociateEipBatch batch) : ConsolePageModel
{
    public const int MaxInterfaces = 100;

    [BindProperty(Name = "ids", SupportsGet = true)]
    public List<string> AllocationIds { get; set; } = [];

    [BindProperty(Name = "eni")]
    public string? NetworkInterfaceId { get; set; }

    public IReadOnlyList<DescribedNetworkInterface> Interfaces { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(NetworkInterfaceId))
        {
            ModelState.AddModelError("eni", ConsoleText.L("Choose the ENI to bind the EIPs to.", "EIP をバインドする ENI を選択してください。"));
            await LoadAsync(cancellationToken);
            return Page();
        }

        var result = await AuditedAsync(ProductVersions.Vpc, "AssociateEipAddressBatch", [("BindedInstanceId", NetworkInterfaceId), ("BindedInstanceType", BindingTargetTypes.NetworkInterface), ("Mode", BindingModes.Nat), .. AllocationIds.Select((id, i) => ($"InstanceIds.{i + 1}", (string?)id))],
            () => batch.ExecuteAsync(new AssociateEipBatchCommand(AccountId, RegionId, BindingTargetTypes.NetworkInterface, NetworkInterfaceId, AllocationIds, BindingModes.Nat), null, cancellationToken));
        if (result.Error is { } error)
        {
            ShowError("", error);
            await LoadAsync(cancellationToken);
            return Page();
        }

        Notice = ConsoleText.L($"{AllocationIds.Count} EIP(s) are being bound to {NetworkInterfaceId}.", $"{AllocationIds.Count} 個の EIP を {NetworkInterfaceId} にバインドしています。");
        return Redirect(WithRegion("/console/eips"));
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        if (AllocationIds.Count == 0)
            ModelState.AddModelError("", ConsoleText.L("Tick the EIPs to bind on the Elastic IP Addresses page first.", "先に Elastic IP Addresses ページでバインドする EIP を選択してください。"));
        var result = await describeInterfaces.ExecuteAsync(new ComputeQuery(AccountId, RegionId) { PageSize = MaxInterfaces }, cancellationToken);
        if (result.Error is { } error)
            ShowError("", error);
        else
            Interfaces = result.Value.Items;
    }
}
