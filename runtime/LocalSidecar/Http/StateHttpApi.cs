using System.Text.Json;
using System.Text.Json.Nodes;
using Dapr.Client.Autogen.Grpc.v1;
using Ecommerce.LocalSidecar.Grpc;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Ecommerce.LocalSidecar.Http;

/// <summary>
/// daprd's state API over HTTP, on the same code as the gRPC API: <c>POST /v1.0/state/{store}</c> (save, 204),
/// <c>GET .../{key}</c> (200 with the value and an ETag header, 204 when missing), <c>DELETE .../{key}</c> (If-Match,
/// 204), <c>POST .../bulk</c> (200, one entry per key) and <c>POST .../transaction</c> (204). An ETag mismatch is 409.
/// </summary>
public static class StateHttpApi
{
    public static IEndpointRouteBuilder MapStateHttpApi(this IEndpointRouteBuilder app)
    {
        var state = app.MapGroup("/v1.0/state/{store}").WithDaprErrors();
        state.MapPost("", SaveAsync);
        state.MapPost("/bulk", GetBulkAsync);
        state.MapPost("/transaction", TransactAsync);
        state.MapGet("/{**key}", GetAsync);
        state.MapDelete("/{**key}", DeleteAsync);
        return app;
    }

    private static async Task<IResult> SaveAsync(string store, HttpRequest request, StateApi state, CancellationToken cancellationToken)
    {
        using var body = StateItemJson.Parse(await ReadAsync(request, cancellationToken));
        if (body.RootElement.ValueKind != JsonValueKind.Array)
        {
            throw DaprErrors.Malformed("the body must be a JSON array of state items");
        }

        var save = new SaveStateRequest { StoreName = store };
        var metadata = RequestMetadata.From(request);
        save.States.AddRange(body.RootElement.EnumerateArray().Select(item => StateItemJson.Read(item, metadata)));
        if (save.States.Any(s => s.Key.Length == 0))
        {
            throw new DaprApiException(global::Grpc.Core.StatusCode.InvalidArgument, 400, "ERR_MALFORMED_REQUEST", "\"key\" is a required field");
        }

        await state.SaveAsync(save, cancellationToken);
        return Results.NoContent();
    }

    private static async Task<IResult> GetAsync(string store, string key, HttpRequest request, HttpResponse response, StateApi state, CancellationToken cancellationToken)
    {
        var get = new GetStateRequest { StoreName = store, Key = key };
        get.Metadata.Add(RequestMetadata.From(request));
        var found = await state.GetAsync(get, cancellationToken);
        if (found.Data.IsEmpty && string.IsNullOrEmpty(found.Etag))
        {
            return Results.NoContent();
        }

        response.Headers.ETag = found.Etag;
        return Results.Bytes(found.Data.ToByteArray(), "application/json");
    }

    private static async Task<IResult> DeleteAsync(string store, string key, HttpRequest request, StateApi state, CancellationToken cancellationToken)
    {
        var delete = new DeleteStateRequest { StoreName = store, Key = key };
        if (request.Headers.IfMatch.FirstOrDefault() is { Length: > 0 } etag)
        {
            delete.Etag = new Etag { Value = etag };
        }

        delete.Metadata.Add(RequestMetadata.From(request));
        await state.DeleteAsync(delete, cancellationToken);
        return Results.NoContent();
    }

    private static async Task<IResult> GetBulkAsync(string store, HttpRequest request, StateApi state, CancellationToken cancellationToken)
    {
        using var body = StateItemJson.Parse(await ReadAsync(request, cancellationToken));
        var keys = body.RootElement.ValueKind == JsonValueKind.Object && body.RootElement.TryGetProperty("keys", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(k => k.GetString() ?? "").ToList()
            : throw DaprErrors.Malformed("the body must be {\"keys\": [...]}");
        var bulk = new GetBulkStateRequest { StoreName = store };
        bulk.Keys.AddRange(keys);
        bulk.Metadata.Add(RequestMetadata.From(request));
        var found = await state.GetBulkAsync(bulk, cancellationToken);
        var items = new JsonArray();
        foreach (var item in found.Items)
        {
            var entry = new JsonObject { ["key"] = item.Key };
            if (!item.Data.IsEmpty)
            {
                entry["data"] = DataNode(item.Data.ToByteArray());
                entry["etag"] = item.Etag;
            }

            items.Add(entry);
        }

        return Results.Content(items.ToJsonString(), "application/json");
    }

    private static async Task<IResult> TransactAsync(string store, HttpRequest request, StateApi state, CancellationToken cancellationToken)
    {
        using var body = StateItemJson.Parse(await ReadAsync(request, cancellationToken));
        var metadata = RequestMetadata.From(request);
        var transaction = new ExecuteStateTransactionRequest { StoreName = store };
        var operations = body.RootElement.ValueKind == JsonValueKind.Object && body.RootElement.TryGetProperty("operations", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray()
            : throw DaprErrors.Malformed("the body must be {\"operations\": [...]}");
        foreach (var operation in operations)
        {
            transaction.Operations.Add(new TransactionalStateOperation
            {
                OperationType = StateItemJson.Text(operation, "operation") ?? "",
                Request = StateItemJson.Read(operation.TryGetProperty("request", out var item) ? item : default, metadata),
            });
        }

        await state.TransactAsync(transaction, cancellationToken);
        return Results.NoContent();
    }

    private static async Task<byte[]> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, cancellationToken);
        return body.ToArray();
    }

    // daprd writes stored bytes into the response as raw JSON; bytes that are not JSON are given as a string instead
    // of breaking the document.
    private static JsonNode? DataNode(byte[] data)
    {
        try
        {
            return JsonNode.Parse(data);
        }
        catch (JsonException)
        {
            return JsonValue.Create(System.Text.Encoding.UTF8.GetString(data));
        }
    }
}
