using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using OpenEip.Rpc.Signing;

namespace OpenEip.Server.WebConsole;

/// <summary>
/// A console session lasts only as long as the AccessKey that opened it: each request checks that the key still
/// exists, so deleting a key (in the operator's pages or through the API) ends the sessions it opened at once,
/// as it ends the API calls signed with it, instead of leaving them open for the cookie's lifetime.
/// </summary>
internal static class ConsoleSessionCheck
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var accessKeyId = context.Principal?.FindFirstValue(ConsoleClaims.AccessKeyId);
        var credentials = context.HttpContext.RequestServices.GetRequiredService<ICredentialSource>();
        var credential = accessKeyId is null ? null : await credentials.FindAsync(accessKeyId, context.HttpContext.RequestAborted);
        if (credential is not null && credential.AccountId == context.Principal!.FindFirstValue(ConsoleClaims.AccountId))
            return;
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }
}
