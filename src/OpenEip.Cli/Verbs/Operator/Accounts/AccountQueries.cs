using System.Text.Json;
using OpenEip.Cli.Api;
using OpenEip.Cli.Common;
using OpenEip.Cli.Generic;
using OpenEip.Cli.Output;

namespace OpenEip.Cli.Verbs.Operator.Accounts;

/// <summary>
/// Reading accounts through the operator's DescribeAccounts, which the account, key, quota and privilege commands
/// all build on: it is the one read that carries AccessKeyIds and quotas (defaults filled in), never a secret.
/// </summary>
public static class AccountQueries
{
    public const string ListPathName = "Accounts.Account";

    /// <summary>Every account (DescribeAccounts answers them all at once: it has no pages).</summary>
    public static async Task<IReadOnlyList<JsonElement>> ListAsync(CliSession session, CancellationToken cancellationToken)
    {
        var body = await session.Client.CallAsync(Products.Admin, "DescribeAccounts", new ParameterList(), cancellationToken);
        return ListPath.Items(body, ListPathName).ToList();
    }

    /// <summary>
    /// One account. DescribeAccounts answers an unknown id with an empty list, so the error a script can test for
    /// (the code the operator API uses for an unknown account elsewhere) is made here, with the read's RequestId.
    /// </summary>
    public static async Task<JsonElement> GetAsync(CliSession session, string accountId, CancellationToken cancellationToken)
    {
        var body = await session.Client.CallAsync(Products.Admin, "DescribeAccounts", new ParameterList().Add("AccountId", accountId), cancellationToken);
        var found = ListPath.Items(body, ListPathName).ToList();
        return found.Count == 1
            ? found[0]
            : throw new ApiCallException(404, "InvalidAccountId.NotFound", $"No account {accountId}.", Fields.Text(body, "RequestId"));
    }

    /// <summary>An account's quotas (<c>Quotas.Quota[]</c> of <c>QuotaName</c> and <c>Value</c>).</summary>
    public static IReadOnlyList<JsonElement> Quotas(JsonElement account) => ListPath.Items(account, "Quotas.Quota").ToList();

    /// <summary>The value of one quota of an account (defaults included, as the server fills them in).</summary>
    public static long? Quota(JsonElement account, string quotaName) =>
        Quotas(account).Where(q => Fields.Text(q, "QuotaName") == quotaName).Select(q => Fields.Number(q, "Value")).FirstOrDefault();
}
