using Microsoft.AspNetCore.Mvc;
using OpenEip.Core.UseCases.Eips;
using OpenEip.Server.Products;

namespace OpenEip.Server.WebConsole.Pages.Eips;

/// <summary>Release, after a confirmation: the address can be recovered within 7 days (R-LIFE-6), and deletion protection blocks it (R-LIFE-4).</summary>
public sealed class ReleaseModel(DescribeEips describe, ReleaseEip release) : EipPageModel(describe)
{
    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await AuditedAsync(ProductVersions.Vpc, "ReleaseEipAddress", [("AllocationId", AllocationId)],
            () => release.ExecuteAsync(new ReleaseEipCommand(AccountId, AllocationId, RegionId), null, cancellationToken));
        if (result.Error is { } error)
        {
            await LoadAsync(cancellationToken);
            ShowError("", error);
            return Page();
        }

        return BackToList(ConsoleText.L($"{AllocationId} was released. It can be recovered within 7 days.", $"{AllocationId} を解放しました。7 日以内であれば復元できます。"));
    }
}
