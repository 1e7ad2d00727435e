using System.Text.Json;
using OpenEip.Core.Errors;

namespace OpenEip.Core.Calls;

/// <summary>
/// One mutating API call as the audit trail keeps it (Alibaba's ActionTrail is the model): who called,
/// with which key, from where, what they asked (secrets removed), what it touched and how it ended.
/// </summary>
public sealed record AuditEvent
{
    public required string EventId { get; init; }
    public required DateTimeOffset EventTime { get; init; }
    public required string AccountId { get; init; }
    public required string AccessKeyId { get; init; }
    public required string Action { get; init; }
    public required string Version { get; init; }
    public required string RequestId { get; init; }
    public required string SourceIpAddress { get; init; }

    private readonly IReadOnlyDictionary<string, string> _parameters = new Dictionary<string, string>();
    private string? _parametersJson;
    private IReadOnlyList<string>? _namedResourceIds;

    /// <summary>The request's parameters without the protocol's own (signature, nonce, …) and with secret values masked.</summary>
    public required IReadOnlyDictionary<string, string> Parameters
    {
        get => _parameters;
        init
        {
            _parameters = value;
            _parametersJson = null;
            _namedResourceIds = null;
        }
    }

    /// <summary>The parameters as the audit trail stores them (a JSON object), made once.</summary>
    public string ParametersJson => _parametersJson ??= JsonSerializer.Serialize(_parameters);

    /// <summary>The resources the call named or created (AllocationId, InstanceId, a new VpcId, …).</summary>
    public IReadOnlyList<string> ResourceIds { get; init; } = [];

    /// <summary>The Alibaba error code the call ended with; null when it succeeded.</summary>
    public string? ErrorCode { get; init; }

    public string? ErrorMessage { get; init; }

    /// <summary>The resources the parameters name, made once.</summary>
    private IReadOnlyList<string> NamedResourceIds => _namedResourceIds ??= AuditResources.From(_parameters);

    /// <summary>
    /// This event with what its parameters give the store (their JSON, the resources they name) made now, on the caller's
    /// thread: SQLite's single writer records the event, and every microsecond there is one for all writes (issue 12).
    /// </summary>
    public AuditEvent Prepared()
    {
        _ = ParametersJson;
        _ = NamedResourceIds;
        return this;
    }

    /// <summary>This event as its call ended: with the error, or with the resources the result names.</summary>
    public AuditEvent Ended(Error? error, object? result = null) => this with
    {
        ErrorCode = error?.Code,
        ErrorMessage = error?.Message,
        ResourceIds = AuditResources.With(NamedResourceIds, error is null ? result : null),
    };
}
