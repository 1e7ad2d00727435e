using Microsoft.AspNetCore.Mvc;
using OpenEip.Core.UseCases.Eips;
using OpenEip.Server.Products;

namespace OpenEip.Server.WebConsole.Pages.Eips;

/// <summary>Edits an EIP's name, bandwidth and description (ModifyEipAddressAttribute); the API's validation shows beside each field.</summary>
public sealed class EditModel(DescribeEips describe, ModifyEip modify) : EipPageModel(describe)
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public int? Bandwidth { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Eip is { } eip)
            (Name, Bandwidth, Description) = (eip.Name, eip.Bandwidth, eip.Description);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        var result = await AuditedAsync(ProductVersions.Vpc, "ModifyEipAddressAttribute", [("AllocationId", AllocationId), ("Bandwidth", Bandwidth?.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("Name", Name), ("Description", Description)],
            () => modify.ExecuteAsync(new ModifyEipCommand(AccountId, AllocationId, RegionId, Bandwidth, Name ?? "", Description ?? ""), null, cancellationToken));
        if (result.Error is { } error)
        {
            await LoadAsync(cancellationToken);
            ShowError(ConsoleErrors.FieldOf(error, nameof(Name), nameof(Bandwidth), nameof(Description)), error);
            return Page();
        }

        return BackToList(ConsoleText.L($"{AllocationId} was changed.", $"{AllocationId} を変更しました。"));
    }
}
