namespace OpenEip.Cli.Common;

/// <summary>The exit statuses of every command, documented in docs/cli.md; scripts rely on them.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The server answered with an Alibaba error (its Code, Message and RequestId are printed).</summary>
    public const int ApiError = 1;

    /// <summary>The command line or the configuration is wrong: nothing was sent.</summary>
    public const int Usage = 2;

    /// <summary>A waiter (an associate's wait, <c>--waiter</c>) gave up before the awaited state.</summary>
    public const int Timeout = 3;

    /// <summary>The endpoint could not be reached, or it answered something that is not the API.</summary>
    public const int Unreachable = 4;

    /// <summary>A fault of openeip itself (a bug): the message names the exception; please report it.</summary>
    public const int Internal = 70;
}
