using System.Text.Json;

namespace Ecommerce.LocalSidecar.Tests.Infrastructure;

/// <summary>A CloudEvent as received on a dead-letter topic, with the attributes the sidecar adds.</summary>
public sealed record DeadLetter(string Topic, string Reason, int Attempts, OrderEvent Data)
{
    public static DeadLetter Parse(byte[] cloudEvent)
    {
        using var document = JsonDocument.Parse(cloudEvent);
        var root = document.RootElement;
        return new DeadLetter(
            root.GetProperty("topic").GetString()!,
            root.GetProperty("deadletterreason").GetString()!,
            root.GetProperty("deadletterattempts").GetInt32(),
            root.GetProperty("data").Deserialize<OrderEvent>(new JsonSerializerOptions(JsonSerializerDefaults.Web))!);
    }
}
