using Dapr.Client.Autogen.Grpc.v1;
using Ecommerce.LocalSidecar.Grpc;
using Google.Protobuf;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Ecommerce.LocalSidecar.Http;

/// <summary>daprd's <c>POST /v1.0/publish/{pubsub}/{topic}</c>: the body is the data, Content-Type its
/// datacontenttype, <c>metadata.*</c> query parameters the metadata (<c>metadata.rawPayload=true</c>,
/// <c>metadata.partitionKey</c>); 204 once the broker acknowledged.</summary>
public static class PublishHttpApi
{
    public static IEndpointRouteBuilder MapPublishHttpApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/v1.0/publish").WithDaprErrors().MapPost("/{pubsub}/{**topic}", PublishAsync);
        return app;
    }

    private static async Task<IResult> PublishAsync(string pubsub, string? topic, HttpRequest request, PublishApi publish, CancellationToken cancellationToken)
    {
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, cancellationToken);
        var message = new PublishEventRequest
        {
            PubsubName = pubsub,
            Topic = topic ?? "",
            Data = ByteString.CopyFrom(body.ToArray()),
            DataContentType = request.ContentType ?? "",
        };
        message.Metadata.Add(RequestMetadata.From(request));
        await publish.PublishAsync(message, request.Headers["traceparent"].FirstOrDefault(), request.Headers["tracestate"].FirstOrDefault(), cancellationToken);
        return Results.NoContent();
    }
}
