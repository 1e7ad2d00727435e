using Microsoft.AspNetCore.Mvc;
using OpenEip.Core.Eips;
using OpenEip.Core.UseCases.Eips;
using OpenEip.Server.Products;

namespace OpenEip.Server.WebConsole.Pages.Eips;

/// <summary>Allocate an EIP in the region of the top bar (AllocateEipAddress); the API's validation shows beside each field.</summary>
public sealed class AllocateModel(AllocateEip allocate) : ConsolePageModel
{
    public static readonly IReadOnlyList<string> Fields = [nameof(Bandwidth), nameof(InternetChargeType), nameof(InstanceChargeType), nameof(Period), nameof(PricingCycle), nameof(Isp), nameof(Name), nameof(Description)];

    [BindProperty]
    public int? Bandwidth { get; set; } = 5;

    [BindProperty]
    public string InternetChargeType { get; set; } = ChargeTypes.PayByBandwidth;

    [BindProperty]
    public string InstanceChargeType { get; set; } = ChargeTypes.PostPaid;

    [BindProperty]
    public int? Period { get; set; }

    [BindProperty]
    public string PricingCycle { get; set; } = ChargeTypes.Month;

    [BindProperty]
    public string Isp { get; set; } = Isps.Bgp;

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
            return Page();
        var prepaid = InstanceChargeType == ChargeTypes.PrePaid;
        var command = new AllocateEipCommand(AccountId, RegionId)
        {
            Bandwidth = Bandwidth,
            InternetChargeType = InternetChargeType,
            InstanceChargeType = InstanceChargeType,
            Period = prepaid ? Period ?? 1 : null,
            PricingCycle = prepaid ? PricingCycle : null,
            Isp = Isp,
            Name = string.IsNullOrEmpty(Name) ? null : Name,
            Description = string.IsNullOrEmpty(Description) ? null : Description,
        };
        var result = await AuditedAsync(ProductVersions.Vpc, "AllocateEipAddress", [("Bandwidth", command.Bandwidth?.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("InternetChargeType", command.InternetChargeType), ("InstanceChargeType", command.InstanceChargeType), ("Period", command.Period?.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("PricingCycle", command.PricingCycle), ("ISP", command.Isp), ("Name", command.Name), ("Description", command.Description)],
            () => allocate.ExecuteAsync(command, null, cancellationToken));
        if (result.Error is { } error)
        {
            ShowError(ConsoleErrors.FieldOf(error, Fields), error);
            return Page();
        }

        Notice = ConsoleText.L($"Allocated {result.Value.AllocationId} ({result.Value.EipAddress}).", $"{result.Value.AllocationId} ({result.Value.EipAddress}) を作成しました。");
        return Redirect(WithRegion("/console/eips"));
    }
}
