using Ecommerce.TestSupport.Dapr;

namespace Ecommerce.Fulfillment.Tests;

/// <summary>The Fulfillment service in memory, its state store and pub/sub in a fake sidecar.</summary>
public sealed class FulfillmentApp() : FakeSidecarApp<Program>(
    new Dictionary<string, string?> { ["Serilog:MinimumLevel:Default"] = "Warning" },
    new FakeDaprClient());
