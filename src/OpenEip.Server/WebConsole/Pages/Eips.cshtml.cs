using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenEip.Core.Eips;
using OpenEip.Core.Ports;
using OpenEip.Core.Regions;
using OpenEip.Core.UseCases.Eips;

namespace OpenEip.Server.WebConsole.Pages;

/// <summary>The Elastic IP Addresses page (R-UI-1): the account's EIPs in the region picked in the top bar.</summary>
public sealed class EipsModel(DescribeEips describe) : ConsolePageModel
{
    public IReadOnlyList<Eip> Items { get; private set; } = [];

    public int TotalCount { get; private set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await describe.ExecuteAsync(new EipQuery(AccountId, RegionId) { PageSize = 100 }, cancellationToken);
        if (result.Error is { } error)
        {
            Error = error.Message;
            return;
        }

        Items = result.Value.Page.Items;
        TotalCount = result.Value.Page.TotalCount;
    }
}
