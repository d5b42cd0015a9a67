using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace ToyRust.Cli.Commands;

/// <summary>
/// `-v`: the pipeline's log (each pass and its time) on stderr, one line per message, at Debug level;
/// otherwise warnings only. Disposing the factory flushes the console logger's queue.
/// </summary>
internal static class Logging
{
    public static ILoggerFactory Create(bool verbose) => LoggerFactory.Create(builder => builder
        .SetMinimumLevel(verbose ? LogLevel.Debug : LogLevel.Warning)
        .AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.IncludeScopes = false;
            o.ColorBehavior = LoggerColorBehavior.Disabled;
        })
        .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace));
}
