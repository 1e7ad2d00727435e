using System.Diagnostics;
using System.Security.Claims;
using OpenEip.Core.Calls;
using OpenEip.Core.Errors;

namespace OpenEip.Server.WebConsole;

/// <summary>
/// Records a change made in the console in the audit trail, as the RPC dispatcher records the same change made
/// through the API: under the API action's name and version, with the session's key, the browser's address and
/// the parameters the API call would have had (plus <c>Via=console</c>), in the transaction of the change.
/// Without it, binding an EIP, granting a privilege or marking an account overdue in the console would leave no
/// trace where the operator looks for one.
/// </summary>
public static class ConsoleAudit
{
    public const string ViaParameter = "Via";

    public const string ViaConsole = "console";

    /// <summary>How long the call's own nonce is remembered (it is random, never replayed; it only keys the record).</summary>
    private static readonly TimeSpan s_nonceLifetime = TimeSpan.FromMinutes(15);

    public static async Task<Result<T>> RunAsync<T>(HttpContext http, string version, string action, IReadOnlyDictionary<string, string> parameters, Func<Task<Result<T>>> change)
    {
        var services = http.RequestServices;
        var current = services.GetRequiredService<CurrentCall>();
        var journal = services.GetRequiredService<ICallJournal>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var accessKeyId = http.User.FindFirstValue(ConsoleClaims.AccessKeyId) ?? "";
        var audited = new Dictionary<string, string>(parameters, StringComparer.Ordinal) { [ViaParameter] = ViaConsole };
        var call = new CallRecord(
            new NonceRecord(accessKeyId, "console-" + Guid.NewGuid().ToString("N"), now + s_nonceLifetime),
            new AuditEvent
            {
                EventId = Guid.CreateVersion7(now).ToString(),
                EventTime = now,
                AccountId = http.User.FindFirstValue(ConsoleClaims.AccountId) ?? "",
                AccessKeyId = accessKeyId,
                Action = action,
                Version = version,
                RequestId = Activity.Current?.Id ?? http.TraceIdentifier,
                SourceIpAddress = http.Connection.RemoteIpAddress?.ToString() ?? "",
                Parameters = AuditParameters.From(audited),
            }.Prepared());

        // Until the change answers, the call counts as failed (an exception on the way is an internal error).
        Error? error = ApiErrors.InternalError();
        object? value = null;
        current.Value = call;
        try
        {
            var result = await change();
            error = result.Error;
            value = result.IsSuccess ? result.Value : null;
            return result;
        }
        finally
        {
            current.Value = null;
            // A change refused before it reached the store is recorded after it ended, as the dispatcher does.
            if (!call.Recorded)
                journal.Record(call.Nonce, call.Audit.Ended(error, value));
        }
    }
}
