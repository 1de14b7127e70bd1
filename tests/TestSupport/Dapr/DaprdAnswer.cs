using System.Net;

namespace Ecommerce.TestSupport.Dapr;

/// <summary>A subscription handler's answer to a delivery: the HTTP status and the status in the body, if any.</summary>
public sealed record DaprdAnswer(HttpStatusCode StatusCode, string? Status)
{
    /// <summary>
    /// How daprd reads the answer: 404 drops; any other non-2xx retries; on 2xx an empty or unparseable body or
    /// SUCCESS is done, RETRY and DROP are what they say, and any other status is an error that is retried.
    /// </summary>
    public string Outcome => (int)StatusCode switch
    {
        404 => Daprd.Drop,
        < 200 or > 299 => Daprd.Retry,
        _ => Status?.ToUpperInvariant() switch
        {
            null or "" or Daprd.Success => Daprd.Success,
            Daprd.Drop => Daprd.Drop,
            _ => Daprd.Retry,
        },
    };
}
