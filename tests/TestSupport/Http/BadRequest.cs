using System.Net.Http.Headers;
using System.Text;
using Ecommerce.TestSupport.Security;

namespace Ecommerce.TestSupport.Http;

/// <summary>
/// One row of a bad-request matrix: a request a service must refuse, the status it must answer and the field its
/// problem details must name (an <c>errors</c> key or the <c>field</c> extension).
/// </summary>
public sealed record BadRequest(string Method, string Path, int Status, string Field)
{
    /// <summary>The body as raw text (null: none).</summary>
    public string? Body { get; init; }

    public string ContentType { get; init; } = "application/json";

    /// <summary>The bearer token; null sends none.</summary>
    public string? Token { get; init; } = TestTokens.Operator();

    /// <summary>Whether the sidecar's app token (<c>dapr-api-token</c>) is sent.</summary>
    public bool WithAppToken { get; init; } = true;

    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public async Task<HttpResponseMessage> SendAsync(HttpClient client, CancellationToken cancellationToken = default)
    {
        client.As(Token, WithAppToken);
        using var request = new HttpRequestMessage(new HttpMethod(Method), Path);
        if (Body is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(Body));
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(ContentType);
        }

        foreach (var (name, value) in Headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await client.SendAsync(request, cancellationToken);
    }
}
