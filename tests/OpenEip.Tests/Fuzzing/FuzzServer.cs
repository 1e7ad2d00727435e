using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using OpenEip.Tests.Stores;
using Microsoft.Extensions.Logging;

namespace OpenEip.Tests.Fuzzing;

/// <summary>The real application on real Kestrel (loopback, a free port), with every error-level log line kept for the test to read.</summary>
public sealed class FuzzServer : WebApplicationFactory<Program>
{
    public const string OperatorKeyId = "LTAIfuzzoperator0000000";
    public const string OperatorSecret = "fuzz-operator-secret";

    private readonly TestStore _store = TestStore.Create("openeip-fuzz-");

    public FuzzServer()
    {
        UseKestrel(0);
        StartServer();
    }

    public ConcurrentQueue<string> Errors { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _store.ServerSettings())
            builder.UseSetting(key, value);
        builder.UseSetting("OpenEip:Bootstrap:AccessKeyId", OperatorKeyId);
        builder.UseSetting("OpenEip:Bootstrap:AccessKeySecret", OperatorSecret);
        builder.UseSetting("OpenEip:Clock:Adjustable", "true");
        builder.UseSetting("OpenEip:DataPlane:ConfirmDelay", "00:00:00");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.ConfigureLogging(logging => logging.AddProvider(new ErrorCapture(Errors)));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
            _store.Dispose();
    }

    private sealed class ErrorCapture(ConcurrentQueue<string> errors) : ILoggerProvider, ILogger
    {
        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
                errors.Enqueue($"{eventId}: {formatter(state, exception)} {exception}");
        }

        public void Dispose()
        {
        }
    }
}
