using Xunit;
using System.Text.Json;

namespace Ecommerce.TestSupport.Http;

/// <summary>Asserts an answer is RFC 9457 problem details with the status and the field expected.</summary>
public static class ProblemAssert
{
    public static async Task IsProblemAsync(HttpResponseMessage response, int status, string field)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"Expected {status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(body);
        var root = problem.RootElement;
        Assert.Equal(status, root.GetProperty("status").GetInt32());
        var named = (root.TryGetProperty("field", out var f) && f.GetString() == field)
            || (root.TryGetProperty("errors", out var errors) && errors.EnumerateObject().Any(e => e.Name == field));
        Assert.True(named, $"The problem does not name '{field}': {body}");
    }

    public static async Task RefusedAsync(HttpClient client, BadRequest request)
    {
        using var response = await request.SendAsync(client);
        await IsProblemAsync(response, request.Status, request.Field);
    }
}
