using System.Security.Cryptography;
using System.Text;
using OpenEip.Core.Calls;
using OpenEip.Core.Errors;
using OpenEip.Core.Ports;
using OpenEip.Rpc.Parameters;
using OpenEip.Rpc.Signing;
using OpenEip.Rpc.Throttling;

namespace OpenEip.Rpc.Dispatch;

/// <summary>
/// Runs one authenticated call: finds the action, applies flow control and the operator check, and
/// records the call. A mutating call's nonce and audit event ride on the store transaction of its
/// effect (<see cref="CurrentCall"/>), so a replay is refused and the trail is exact even across a crash;
/// what ends without writing (a read, a refused or throttled call) goes to the write-behind journal.
/// </summary>
public sealed class RpcDispatcher(
    RpcActionRegistry registry, RequestThrottle throttle, CurrentCall currentCall, ICallJournal journal, ISpentNonces spentNonces, TimeProvider clock)
{
    // Parameters that belong to the protocol, not to the operation: left out of the idempotency fingerprint.
    private static readonly HashSet<string> ProtocolParameters = new(StringComparer.Ordinal)
    {
        "AccessKeyId", "Action", "Version", "Format", "Timestamp", "SignatureNonce", "SignatureMethod",
        "SignatureVersion", "Signature", "SecurityToken", "ClientToken",
    };

    public async Task<RpcOutcome> DispatchAsync(AuthenticatedRequest request, RpcParameters parameters, string requestId, string sourceIpAddress, CancellationToken cancellationToken)
    {
        // Nothing runs for an unknown or throttled call: only its nonce is kept, so the same signed request cannot be tried again.
        var found = registry.Find(request.Version, request.Action);
        if (!found.IsSuccess)
        {
            journal.Record(request.Nonce);
            return found.Error;
        }

        if (throttle.Check(request.Caller, request.Action) is { } throttled)
        {
            journal.Record(request.Nonce);
            return new RpcOutcome(throttled.Error, throttled.RetryAfter);
        }

        var action = found.Value;
        if (!action.IsMutating)
        {
            if (!await spentNonces.SpendAsync(request.Nonce, cancellationToken))
                return SignatureErrors.NonceUsed();
            return await RunAsync(action, request, parameters, requestId, cancellationToken);
        }

        var call = new CallRecord(request.Nonce, Audit(request, parameters, requestId, sourceIpAddress));
        Result<object> result = ApiErrors.InternalError();
        currentCall.Value = call;
        try
        {
            result = await RunAsync(action, request, parameters, requestId, cancellationToken);
            return result;
        }
        finally
        {
            currentCall.Value = null;
            if (!call.Recorded)
                journal.Record(call.Nonce, call.Audit.Ended(result.Error, result.IsSuccess ? result.Value : null));
        }
    }

    private static async Task<Result<object>> RunAsync(IRpcAction action, AuthenticatedRequest request, RpcParameters parameters, string requestId, CancellationToken cancellationToken)
    {
        if (action.RequiresOperator && !request.Caller.IsOperator)
            return new Error("Forbidden.NotOperator", $"{request.Action} is an operator action: only the operator (root) account may call it.");

        IdempotencyKey? idempotency = null;
        if (action.IsMutating && parameters["ClientToken"] is { Length: > 0 } token)
        {
            if (token.Length > 64 || token.Any(c => c < 0x21 || c > 0x7e))
                return ApiErrors.InvalidParameter("ClientToken", "at most 64 printable ASCII characters.");
            idempotency = new IdempotencyKey(request.Caller.AccountId, token, Fingerprint(request, parameters));
        }

        try
        {
            return await action.ExecuteAsync(new RpcCallContext(request.Caller, parameters, requestId, idempotency, cancellationToken));
        }
        catch (StoreUnavailableException unavailable)
        {
            // Logged once per episode by the store; each call just says why it failed.
            return ApiErrors.ServiceUnavailable(unavailable.Reason);
        }
    }

    private AuditEvent Audit(AuthenticatedRequest request, RpcParameters parameters, string requestId, string sourceIpAddress)
    {
        var now = clock.GetUtcNow();
        return new AuditEvent
        {
            EventId = Guid.CreateVersion7(now).ToString(),
            EventTime = now,
            AccountId = request.Caller.AccountId,
            AccessKeyId = request.Caller.AccessKeyId,
            Action = request.Action,
            Version = request.Version,
            RequestId = requestId,
            SourceIpAddress = sourceIpAddress,
            Parameters = AuditParameters.From(parameters.All),
        }.Prepared();
    }

    private static string Fingerprint(AuthenticatedRequest request, RpcParameters parameters)
    {
        var text = new StringBuilder(request.Version).Append('\n').Append(request.Action);
        foreach (var (key, value) in parameters.All.Where(p => !ProtocolParameters.Contains(p.Key)).OrderBy(p => p.Key, StringComparer.Ordinal))
            text.Append('\n').Append(key).Append('=').Append(value);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
