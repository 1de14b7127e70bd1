namespace Ecommerce.Telemetry.Testing;

/// <summary>One span as a service exported it: ids in lower-case hex, its resource's service.name, its string attributes.</summary>
public sealed record ReceivedSpan(
    string ServiceName,
    string TraceId,
    string SpanId,
    string ParentSpanId,
    string Name,
    IReadOnlyDictionary<string, string> Attributes)
{
    public string? Attribute(string key) => Attributes.GetValueOrDefault(key);

    public override string ToString() => $"{ServiceName} {Name} trace {TraceId} span {SpanId} parent {ParentSpanId}";
}
