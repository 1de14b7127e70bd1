using Ecommerce.LocalSidecar.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Ecommerce.LocalSidecar.Invocation;

/// <summary>daprd's <c>/v1.0/invoke/{app-id}/method/{method}</c>, every HTTP verb: the app's answer as it gave it;
/// 500 ERR_DIRECT_INVOKE when the target cannot be reached.</summary>
public static class InvocationHttpApi
{
    private static readonly HashSet<string> NotCopied = new(StringComparer.OrdinalIgnoreCase) { "Transfer-Encoding", "Connection", "Keep-Alive" };

    public static IEndpointRouteBuilder MapInvocationHttpApi(this IEndpointRouteBuilder app)
    {
        app.Map("/v1.0/invoke/{appId}/method/{**method}", InvokeAsync);
        return app;
    }

    private static async Task InvokeAsync(string appId, string? method, HttpContext context, ServiceInvoker invoker)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        var request = new InvocationRequest(
            appId,
            method ?? "",
            context.Request.QueryString.Value ?? "",
            new HttpMethod(context.Request.Method),
            context.Request.Headers.Where(h => h.Key != "Content-Type").Select(h => KeyValuePair.Create(h.Key, h.Value.Select(v => v ?? "").ToArray())).ToList(),
            body.ToArray(),
            context.Request.ContentType);
        HttpResponseMessage response;
        try
        {
            response = await invoker.InvokeAsync(request, context.RequestAborted);
        }
        catch (Exception e) when (e is InvocationException or HttpRequestException)
        {
            await DaprHttpError.Of(StatusCodes.Status500InternalServerError, "ERR_DIRECT_INVOKE", $"failed to invoke, id: {appId}, err: {e.Message}").ExecuteAsync(context);
            return;
        }

        using (response)
        {
            context.Response.StatusCode = (int)response.StatusCode;
            foreach (var (name, values) in response.Headers.Concat(response.Content.Headers).Where(h => !NotCopied.Contains(h.Key)))
            {
                context.Response.Headers[name] = values.ToArray();
            }

            await response.Content.CopyToAsync(context.Response.Body, context.RequestAborted);
        }
    }
}
