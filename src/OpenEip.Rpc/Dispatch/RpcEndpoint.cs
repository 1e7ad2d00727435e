using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using OpenEip.Core;
using OpenEip.Core.Errors;
using OpenEip.Core.Ports;
using OpenEip.Core.Identity;
using OpenEip.Rpc.Parameters;
using OpenEip.Rpc.Responses;
using OpenEip.Rpc.Signing;

namespace OpenEip.Rpc.Dispatch;

/// <summary>
/// The RPC endpoint at <c>/</c>: parse, authenticate, dispatch, write. Every outcome is an Alibaba
/// response with a RequestId; an unexpected exception becomes <c>InternalError</c>, never a stack trace.
/// </summary>
public sealed partial class RpcEndpoint(RpcDispatcher dispatcher, RequestAuthenticator authenticator, ILogger<RpcEndpoint> logger)
{
    public const int MaxBodyBytes = 1024 * 1024;

    public async Task HandleAsync(HttpContext http)
    {
        var requestId = ResourceIds.NewRequestId();
        var format = ResponseFormat.Json;
        var action = "Unknown";
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsPost(http.Request.Method))
        {
            http.Response.Headers.Allow = "GET, POST";
            await RpcResponseWriter.WriteErrorAsync(http, requestId, HttpRejections.UnsupportedMethod(http.Request.Method), format);
            return;
        }

        try
        {
            var body = await ReadBodyAsync(http.Request, http.RequestAborted);
            if (body is null)
            {
                await RpcResponseWriter.WriteErrorAsync(http, requestId, ApiErrors.InvalidParameter("(body)", $"the request body is larger than {MaxBodyBytes} bytes."), format);
                return;
            }

            var rawQuery = http.Request.QueryString.HasValue ? http.Request.QueryString.Value![1..] : null;
            var form = IsForm(http.Request) ? PercentEncoding.StrictUtf8Text(body) : null;
            if (IsForm(http.Request) && form is null)
            {
                await RpcResponseWriter.WriteErrorAsync(http, requestId, ApiErrors.InvalidParameter("(body)", "the form body is not UTF-8."), format);
                return;
            }

            var query = RpcParameters.Parse(rawQuery);
            var all = RpcParameters.Parse(rawQuery, form);
            if (!query.IsSuccess || !all.IsSuccess)
            {
                if (RpcParameters.AsksForXml(rawQuery, form))
                    format = ResponseFormat.Xml;
                await RpcResponseWriter.WriteErrorAsync(http, requestId, query.Error ?? all.Error!, format);
                return;
            }

            var parameters = all.Value;
            if (string.Equals(parameters["Format"], "XML", StringComparison.OrdinalIgnoreCase))
                format = ResponseFormat.Xml;

            var incoming = new IncomingRequest(http.Request.Method, http.Request.Path.HasValue ? http.Request.Path.Value! : "/", http.Request.Headers, query.Value, parameters, body);
            var authenticated = await authenticator.AuthenticateAsync(incoming, http.RequestAborted);
            if (!authenticated.IsSuccess)
            {
                await RpcResponseWriter.WriteErrorAsync(http, requestId, authenticated.Error, format);
                return;
            }

            action = authenticated.Value.Action;
            var sourceIp = http.Connection.RemoteIpAddress?.ToString() ?? "";
            var (result, retryAfter) = await dispatcher.DispatchAsync(authenticated.Value, parameters, requestId, sourceIp, http.RequestAborted);
            if (retryAfter is { } wait)
                http.Response.Headers["x-acs-retry-after"] = ((long)wait.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
            if (result.IsSuccess)
                await RpcResponseWriter.WriteSuccessAsync(http, requestId, action, result.Value, format);
            else
                await RpcResponseWriter.WriteErrorAsync(http, requestId, result.Error, format);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client went away; there is no one to answer.
        }
        catch (StoreUnavailableException unavailable)
        {
            // The store cannot be used before the call reached its action (the caller's AccessKey could not be read):
            // the same 503 as a write the store refuses, not a failure of ours. The store logs the episode.
            if (!http.Response.HasStarted)
                await RpcResponseWriter.WriteErrorAsync(http, requestId, ApiErrors.ServiceUnavailable(unavailable.Reason), format);
        }
        catch (BadHttpRequestException rejected)
        {
            // The web server refused the request while its body was read (too slow, cut short, too large):
            // the client's fault, answered as such and not logged as a failure of ours.
            LogRejected(logger, rejected.StatusCode, rejected.Message, requestId);
            if (!http.Response.HasStarted)
                await RpcResponseWriter.WriteErrorAsync(http, requestId, HttpRejections.ForStatus(rejected.StatusCode), format);
        }
        catch (Exception exception)
        {
            LogUnexpected(logger, exception, action, requestId);
            if (!http.Response.HasStarted)
                await RpcResponseWriter.WriteErrorAsync(http, requestId, ApiErrors.InternalError(), format);
        }
    }



    private static bool IsForm(HttpRequest request) =>
        request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true;

    /// <returns>The body, or null when it exceeds <see cref="MaxBodyBytes"/>.</returns>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
            return null;
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
                return null;
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>Any path other than / (and /healthz): an Alibaba error, not an empty 404.</summary>
    public static Task HandleUnknownPathAsync(HttpContext http) =>
        RpcResponseWriter.WriteErrorAsync(http, ResourceIds.NewRequestId(), HttpRejections.UnknownPath(http.Request.Path.Value ?? "/"), ResponseFormat.Json);

    [LoggerMessage(EventId = LogEventIds.RequestRefusedByServer, Level = LogLevel.Debug, Message = "Request {RequestId} refused while its body was read: {Status} {Reason}")]
    private static partial void LogRejected(ILogger logger, int status, string reason, string requestId);

    [LoggerMessage(EventId = LogEventIds.UnexpectedFailure, Level = LogLevel.Error, Message = "Unexpected failure in {Action} (request {RequestId})")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string action, string requestId);
}
