using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Warden.Configuration;

namespace Warden.Hosting;

/// <summary>Console logging as configured: one line per entry as text, or one JSON object per line.</summary>
public static class WardenLogging
{
    /// <param name="toStandardError">For CLI verbs: their stdout is for results (often JSON), so logs go to stderr.</param>
    public static void Configure(ILoggingBuilder logging, LoggingOptions options, bool toStandardError = false)
    {
        logging.ClearProviders();
        logging.SetMinimumLevel(options.Level);
        // Framework chatter stays at warning unless the operator asks for debug output.
        if (options.Level > LogLevel.Debug)
        {
            logging.AddFilter("Microsoft", LogLevel.Warning);
            logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information);
            // It warns that keys are stored unencrypted because no IXmlEncryptor is set; DatabaseXmlRepository encrypts them itself.
            logging.AddFilter("Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager", LogLevel.Error);
        }
        if (toStandardError)
            logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        if (options.Format == LogFormat.Json)
        {
            logging.AddJsonConsole(json =>
            {
                json.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
                json.UseUtcTimestamp = true;
            });
        }
        else
        {
            logging.AddSimpleConsole(text =>
            {
                text.SingleLine = true;
                text.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
                text.UseUtcTimestamp = true;
                text.ColorBehavior = LoggerColorBehavior.Disabled;
            });
        }
    }

    /// <summary>Logs what reading the configuration noticed, one line each, under the category Warden.Configuration.</summary>
    public static void LogConfigurationNotices(ILoggerFactory loggerFactory, WardenOptions options)
    {
        var logger = loggerFactory.CreateLogger("Warden.Configuration");
        foreach (var notice in options.Notices)
            logger.Log(notice.Level, "{Notice}", notice.Message);
    }

    public static ILoggerFactory CreateFactory(LoggingOptions options, bool toStandardError = false) =>
        LoggerFactory.Create(logging => Configure(logging, options, toStandardError));
}
