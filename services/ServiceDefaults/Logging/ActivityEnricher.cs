using System.Diagnostics;
using Serilog.Core;
using Serilog.Events;

namespace Ecommerce.ServiceDefaults.Logging;

/// <summary>Adds the current trace and span ids, so a log line leads to its trace (carried through CloudEvents).</summary>
internal sealed class ActivityEnricher : ILogEventEnricher
{
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        if (Activity.Current is not { } activity)
        {
            return;
        }

        logEvent.AddPropertyIfAbsent(propertyFactory.CreateProperty("TraceId", activity.TraceId.ToHexString()));
        logEvent.AddPropertyIfAbsent(propertyFactory.CreateProperty("SpanId", activity.SpanId.ToHexString()));
    }
}
