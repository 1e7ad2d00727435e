using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using OpenEip.Rpc.Signing;

namespace OpenEip.Server.WebConsole;

/// <summary>Checks an AccessKey pair against the store and opens a cookie session for its account.</summary>
public sealed class ConsoleSignIn(ICredentialSource credentials)
{
    public static string InvalidPair => ConsoleText.L("The AccessKey pair is not valid.", "AccessKey ペアが正しくありません。");

    /// <summary>Null when signed in; otherwise why not.</summary>
    public async Task<string?> SignInAsync(HttpContext context, string? accessKeyId, string? accessKeySecret, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(accessKeyId) || string.IsNullOrEmpty(accessKeySecret))
            return ConsoleText.L("Enter an AccessKey ID and its secret.", "AccessKey ID とシークレットを入力してください。");
        var credential = await credentials.FindAsync(accessKeyId.Trim(), cancellationToken);
        if (credential is null || !SameSecret(credential.AccessKeySecret, accessKeySecret))
            return InvalidPair;

        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.Name, credential.AccessKeyId),
                new Claim(ConsoleClaims.AccessKeyId, credential.AccessKeyId),
                new Claim(ConsoleClaims.AccountId, credential.AccountId),
                new Claim(ConsoleClaims.Operator, credential.IsOperator ? "true" : "false"),
            ],
            CookieAuthenticationDefaults.AuthenticationScheme);
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return null;
    }

    private static bool SameSecret(string expected, string given) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(given));
}
