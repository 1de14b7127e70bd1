using Ecommerce.TestSupport.Dapr;

namespace Ecommerce.Inventory.Tests;

/// <summary>The Inventory service in memory, on its own real database, with a fake sidecar.</summary>
public sealed class InventoryApp(string connectionString) : FakeSidecarApp<Program>(
    new Dictionary<string, string?>
    {
        ["ConnectionStrings:inventory"] = connectionString,
        ["Serilog:MinimumLevel:Default"] = "Warning",
    },
    new FakeDaprClient());
