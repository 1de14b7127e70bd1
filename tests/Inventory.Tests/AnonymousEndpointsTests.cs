using System.Net;
using System.Text.Json;
using Ecommerce.TestSupport;
using Ecommerce.TestSupport.Security;

namespace Ecommerce.Inventory.Tests;

/// <summary>What stays open without any token: health, metrics and the OpenAPI document (which says how to sign in).</summary>
public sealed class AnonymousEndpointsTests(PostgresFixture postgres) : InventoryTest(postgres)
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    [InlineData("/metrics")]
    [InlineData("/openapi/v1.json")]
    public async Task Answers_an_anonymous_caller(string path)
    {
        using var client = App.CreateClient().As(token: null, withAppToken: false);

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_OpenAPI_document_declares_bearer_tokens()
    {
        using var client = App.CreateClient().As(token: null, withAppToken: false);

        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));

        var scheme = document.RootElement.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");
        Assert.Equal("bearer", scheme.GetProperty("scheme").GetString());
        Assert.Equal("Bearer", document.RootElement.GetProperty("security")[0].EnumerateObject().Single().Name);
    }
}
