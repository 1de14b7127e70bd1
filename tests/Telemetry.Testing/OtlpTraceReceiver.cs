using System.Collections.Concurrent;
using Ecommerce.Telemetry.Testing.Otlp;
using Google.Protobuf;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Ecommerce.Telemetry.Testing;

/// <summary>
/// A small OTLP/HTTP receiver (protobuf, as the OpenTelemetry .NET exporter sends with
/// <c>OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf</c>) on a free loopback port. It keeps every span posted to
/// <c>/v1/traces</c> and accepts (and drops) metrics and logs, so an exporter configured for all three never fails.
/// </summary>
public sealed class OtlpTraceReceiver : IAsyncDisposable
{
    public const string Protocol = "http/protobuf";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ReceivedSpan> _spans = new();

    private OtlpTraceReceiver(WebApplication app) => _app = app;

    /// <summary>The base URL to give as OTEL_EXPORTER_OTLP_ENDPOINT (the exporter appends /v1/traces).</summary>
    public Uri Endpoint { get; private set; } = null!;

    public IReadOnlyCollection<ReceivedSpan> Spans => _spans;

    public static async Task<OtlpTraceReceiver> StartAsync(CancellationToken ct = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new OtlpTraceReceiver(app);
        app.MapPost("/v1/traces", receiver.ReceiveTracesAsync);
        app.MapPost("/v1/metrics", () => Results.Bytes([], "application/x-protobuf"));
        app.MapPost("/v1/logs", () => Results.Bytes([], "application/x-protobuf"));
        await app.StartAsync(ct);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        receiver.Endpoint = new Uri(address);
        return receiver;
    }

    /// <summary>The spans received so far that <paramref name="match"/> selects.</summary>
    public IReadOnlyList<ReceivedSpan> Where(Func<ReceivedSpan, bool> match) => [.. _spans.Where(match)];

    private async Task<IResult> ReceiveTracesAsync(HttpRequest request, CancellationToken ct)
    {
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, ct);
        var export = ExportTraceServiceRequest.Parser.ParseFrom(body.ToArray());
        foreach (var resourceSpans in export.ResourceSpans)
        {
            var service = StringOf(resourceSpans.Resource?.Attributes, "service.name") ?? "";
            foreach (var span in resourceSpans.ScopeSpans.SelectMany(scope => scope.Spans))
            {
                _spans.Enqueue(new ReceivedSpan(
                    service,
                    Hex(span.TraceId),
                    Hex(span.SpanId),
                    Hex(span.ParentSpanId),
                    span.Name,
                    span.Attributes
                        .Where(attribute => attribute.Value?.ValueCase is AnyValue.ValueOneofCase.StringValue)
                        .GroupBy(attribute => attribute.Key)
                        .ToDictionary(group => group.Key, group => group.Last().Value.StringValue, StringComparer.Ordinal)));
            }
        }

        return Results.Bytes(new ExportTraceServiceResponse().ToByteArray(), "application/x-protobuf");
    }

    private static string? StringOf(IEnumerable<KeyValue>? attributes, string key) =>
        attributes?.FirstOrDefault(attribute => attribute.Key == key)?.Value?.StringValue;

    private static string Hex(ByteString bytes) => Convert.ToHexStringLower(bytes.Span);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
