using System.Net;
using System.Net.Http.Json;
using Dapr.Client;
using Dapr.Client.Autogen.Grpc.v1;
using Ecommerce.LocalSidecar.Tests.Infrastructure;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Ecommerce.LocalSidecar.Tests;

/// <summary>
/// Service invocation as daprd serves it: <c>/v1.0/invoke/{app-id}/method/...</c> (the SDK's invoke HttpClient) and
/// gRPC InvokeService, to this sidecar's own app or, through name resolution, to another app's sidecar and app.
/// </summary>
public sealed class InvocationTests : IAsyncLifetime
{
    private readonly TempResources _resources = TempResources.With(Yaml.InMemoryState());
    private SubscriberApp? _inventory;
    private Ecommerce.LocalSidecar.Hosting.LocalSidecarHost? _inventorySidecar;
    private Ecommerce.LocalSidecar.Hosting.LocalSidecarHost? _orderingSidecar;

    public async Task InitializeAsync()
    {
        _inventory = await SubscriberApp.StartAsync(web =>
        {
            web.MapPost("/stock/reserve", (OrderEvent e, HttpRequest request) => Results.Ok(new OrderEvent(e.OrderId + "-reserved", e.Sequence + int.Parse(request.Query["add"].FirstOrDefault() ?? "0"))));
            web.MapGet("/stock/{sku}", (string sku) => sku == "missing" ? Results.NotFound() : Results.Ok(new OrderEvent(sku, 42)));
        });
        _inventorySidecar = await Sidecars.StartAsync("inventory", _resources.Path, _inventory.Port);
        _orderingSidecar = await Sidecars.StartAsync(Sidecars.Options("ordering", _resources.Path) with
        {
            NameResolution = new Dictionary<string, Uri> { ["inventory"] = new(_inventorySidecar.HttpEndpoint) },
        });
    }

    public async Task DisposeAsync()
    {
        await _orderingSidecar!.DisposeAsync();
        await _inventorySidecar!.DisposeAsync();
        await _inventory!.DisposeAsync();
        _resources.Dispose();
    }

    [Fact]
    public async Task InvokeHttpClient_ThroughTheCallersSidecar_ReachesTheOtherApp()
    {
        using var inventory = DaprClient.CreateInvokeHttpClient("inventory", _orderingSidecar!.HttpEndpoint);

        using var reply = await inventory.PostAsJsonAsync("/stock/reserve?add=2", new OrderEvent("o-1", 1));

        Assert.Equal(new OrderEvent("o-1-reserved", 3), await reply.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<OrderEvent>());
    }

    [Fact]
    public async Task InvokeHttpClient_OnItsOwnAppId_ReachesItsOwnApp()
    {
        using var inventory = DaprClient.CreateInvokeHttpClient("inventory", _inventorySidecar!.HttpEndpoint);

        Assert.Equal(new OrderEvent("sku-1", 42), await inventory.GetFromJsonAsync<OrderEvent>("/stock/sku-1"));
    }

    [Fact]
    public void NameResolution_FromTheFlag_AndItsErrors()
    {
        var options = Ecommerce.LocalSidecar.Hosting.SidecarCommandLine.Parse(["--app-id", "ordering", "--resolve", "inventory=http://127.0.0.1:3502,fulfillment=http://127.0.0.1:3504"]);

        Assert.Equal(new Uri("http://127.0.0.1:3502"), options.NameResolution["inventory"]);
        Assert.Equal(new Uri("http://127.0.0.1:3504"), options.NameResolution["fulfillment"]);
        Assert.Contains("<app-id>=http://", Assert.Throws<ArgumentException>(() => Ecommerce.LocalSidecar.Invocation.NameResolution.Parse(["inventory:3502"])).Message);
    }

    [Fact]
    public async Task TheAppsStatus_IsPassedThrough_AndAnUnknownAppIdIs500ErrDirectInvoke()
    {
        using var http = new HttpClient { BaseAddress = new Uri(_orderingSidecar!.HttpEndpoint) };

        using var missing = await http.GetAsync("/v1.0/invoke/inventory/method/stock/missing");
        using var unknown = await http.GetAsync("/v1.0/invoke/nobody/method/anything");

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.InternalServerError, unknown.StatusCode);
        Assert.Contains("ERR_DIRECT_INVOKE", await unknown.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task GrpcInvokeService_ToAnHttpApp_CarriesTheBodyVerbAndQuery_AndMapsAnHttpErrorToItsGrpcCode()
    {
        using var channel = GrpcChannel.ForAddress(_orderingSidecar!.GrpcEndpoint);
        var dapr = new Dapr.Client.Autogen.Grpc.v1.Dapr.DaprClient(channel);

        var reply = await dapr.InvokeServiceAsync(new InvokeServiceRequest
        {
            Id = "inventory",
            Message = new InvokeRequest
            {
                Method = "stock/reserve",
                ContentType = "application/json",
                Data = new Any { Value = ByteString.CopyFromUtf8("""{"orderId":"g-1","sequence":1}""") },
                HttpExtension = new HTTPExtension { Verb = HTTPExtension.Types.Verb.Post, Querystring = "add=5" },
            },
        });
        var notFound = await Assert.ThrowsAsync<RpcException>(async () => await dapr.InvokeServiceAsync(new InvokeServiceRequest
        {
            Id = "inventory",
            Message = new InvokeRequest { Method = "stock/missing", HttpExtension = new HTTPExtension { Verb = HTTPExtension.Types.Verb.Get } },
        }));

        Assert.Equal(new OrderEvent("g-1-reserved", 6), System.Text.Json.JsonSerializer.Deserialize<OrderEvent>(reply.Data.Value.ToStringUtf8(), new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web)));
        Assert.Equal(StatusCode.NotFound, notFound.StatusCode);
    }
}
