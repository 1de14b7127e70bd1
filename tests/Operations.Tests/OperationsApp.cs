using Ecommerce.TestSupport.Dapr;

namespace Ecommerce.Operations.Tests;

/// <summary>The Operations service in memory, on its own real PostgreSQL database, with a recording Dapr sidecar.</summary>
public sealed class OperationsApp(string connectionString, FakeDaprClient dapr) : FakeSidecarApp<Program>(
    new Dictionary<string, string?> { ["ConnectionStrings:operations"] = connectionString },
    dapr);
