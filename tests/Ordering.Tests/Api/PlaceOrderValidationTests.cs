using System.Net;
using System.Net.Http.Json;
using System.Text;
using Ecommerce.Ordering.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Ecommerce.Ordering.Tests.Api;

[Collection(OrderingCollection.Name)]
public sealed class PlaceOrderValidationTests(OrderingFixture fixture)
{
    private OrderingHost Host => fixture.Standard;

    public static TheoryData<string, string> InvalidBodies => new()
    {
        { """{"lines":[{"productId":"A","quantity":1}]}""", "shippingAddress" },
        { """{"shippingAddress":"  ","lines":[{"productId":"A","quantity":1}]}""", "shippingAddress" },
        { """{"shippingAddress":"1 Road"}""", "lines" },
        { """{"shippingAddress":"1 Road","lines":[]}""", "lines" },
        { """{"shippingAddress":"1 Road","lines":[{"quantity":1}]}""", "lines[0].productId" },
        { """{"shippingAddress":"1 Road","lines":[{"productId":"A"}]}""", "lines[0].quantity" },
        { """{"shippingAddress":"1 Road","lines":[{"productId":"A","quantity":1},{"productId":"B","quantity":0}]}""", "lines[1].quantity" },
        { """{"shippingAddress":"1 Road","lines":[{"productId":"A","quantity":1001}]}""", "lines[0].quantity" },
        { """{"shippingAddress":"1 Road","lines":[{"productId":"A","quantity":1},{"productId":"A","quantity":2}]}""", "lines[1].productId" },
        { """{"shippingAddress":"1 Road","lines":[null]}""", "lines[0]" },
    };

    [Theory]
    [MemberData(nameof(InvalidBodies))]
    public async Task PlaceOrder_InvalidField_AnswersValidationProblemNamingTheField(string body, string field)
    {
        var response = await Host.Client.PostAsync("/orders", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>();
        Assert.Contains(field, problem!.Errors.Keys);
        Assert.Single(problem.Errors);
    }

    [Fact]
    public async Task PlaceOrder_EverythingWrong_NamesEveryField()
    {
        var body = """{"shippingAddress":"","lines":[{"productId":"","quantity":-1}]}""";

        var response = await Host.Client.PostAsync("/orders", new StringContent(body, Encoding.UTF8, "application/json"));

        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>();
        Assert.Equal(["lines[0].productId", "lines[0].quantity", "shippingAddress"], problem!.Errors.Keys.Order());
    }

    [Fact]
    public async Task PlaceOrder_BlankIdempotencyKey_IsAFieldError()
    {
        var response = await Host.PlaceAsync(OrderRequests.Valid(), idempotencyKey: " ");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>();
        Assert.Contains("Idempotency-Key", problem!.Errors.Keys);
    }

    [Fact]
    public async Task PlaceOrder_InvalidRequest_StoresNothing()
    {
        const string email = "nothing-stored@example.com";
        await Host.PlaceAsync(new { customerEmail = email, shippingAddress = "1 Road", lines = new[] { new { productId = "A", quantity = 0 } } });

        Assert.Equal(0, (await Host.ListOrdersAsync($"customerEmail={email}")).Total);
    }

    [Fact]
    public async Task PlaceOrder_BodyNotJson_AnswersBadRequestProblem()
    {
        var response = await Host.Client.PostAsync("/orders", new StringContent("{not json", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
