using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Nassij.Tests.Infrastructure;

/// <summary>Keeps what the application logged, so tests can fail on a warning or an error.</summary>
public sealed class CollectingLoggerProvider(ConcurrentQueue<(LogLevel, string, string)> logs) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new Collector(categoryName, logs);

    public void Dispose()
    {
    }

    private sealed class Collector(string category, ConcurrentQueue<(LogLevel, string, string)> logs) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= LogLevel.Warning)
            {
                logs.Enqueue((logLevel, category, formatter(state, exception) + (exception is null ? "" : " " + exception)));
            }
        }
    }
}
