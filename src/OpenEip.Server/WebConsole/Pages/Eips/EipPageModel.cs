using Microsoft.AspNetCore.Mvc;
using OpenEip.Core.Eips;
using OpenEip.Core.Ports;
using OpenEip.Core.UseCases.Eips;

namespace OpenEip.Server.WebConsole.Pages.Eips;

/// <summary>A page about one EIP of the account (its id in the route): loads it, or says it is not found.</summary>
public abstract class EipPageModel(DescribeEips describe) : ConsolePageModel
{
    [BindProperty(Name = "id", SupportsGet = true)]
    public string AllocationId { get; set; } = "";

    public Eip? Eip { get; private set; }

    public string? LoadError { get; private set; }

    protected async Task LoadAsync(CancellationToken cancellationToken)
    {
        var result = await describe.ExecuteAsync(new EipQuery(AccountId, RegionId) { AllocationIds = [AllocationId], PageSize = 1 }, cancellationToken);
        if (result.Error is { } error)
            LoadError = ConsoleErrors.Describe(error);
        else if (result.Value.Page.Items is [var eip])
            Eip = eip;
        else
            LoadError = ConsoleText.L($"There is no EIP {AllocationId} in {RegionId}.", $"{RegionId} に EIP {AllocationId} はありません。");
    }

    protected IActionResult BackToList(string notice)
    {
        Notice = notice;
        return Redirect(WithRegion("/console/eips"));
    }
}
