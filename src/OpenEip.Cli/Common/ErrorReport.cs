using OpenEip.Cli.Api;

namespace OpenEip.Cli.Common;

/// <summary>How a failure reaches the user: on standard error, Alibaba's Code, Message and RequestId as they came; never a stack trace.</summary>
public static class ErrorReport
{
    public static int Print(Exception exception, TextWriter error)
    {
        switch (exception)
        {
            case ApiCallException api:
                error.WriteLine($"ERROR: {api.Code} (HTTP {api.HttpStatus})");
                error.WriteLine($"Message: {api.Message}");
                error.WriteLine($"RequestId: {api.RequestId}");
                return ExitCodes.ApiError;
            case CliException cli:
                error.WriteLine($"ERROR: {cli.Message}");
                return cli.ExitCode;
            case OperationCanceledException:
                error.WriteLine("Cancelled.");
                return 130;
            default:
                error.WriteLine($"ERROR: openeip failed ({exception.GetType().Name}: {exception.Message}); this is a bug, please report it.");
                return ExitCodes.Internal;
        }
    }
}
