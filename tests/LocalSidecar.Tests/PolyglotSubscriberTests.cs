using Ecommerce.LocalSidecar.Tests.Infrastructure;
using Ecommerce.TestSupport.Servers;
using Ecommerce.TestSupport;

namespace Ecommerce.LocalSidecar.Tests;

/// <summary>
/// "Polyglot-ready", shown: a Node.js subscriber (standard library only, Polyglot/subscriber.js) behind its own local
/// sidecar takes orders.confirmed from Kafka through daprd's app contract and publishes node.replied back through
/// the sidecar's HTTP API; a .NET subscriber receives the reply.
/// </summary>
[Collection(KafkaCollection.Name)]
public sealed class PolyglotSubscriberTests(KafkaFixture kafka)
{
    [Fact]
    public async Task NodeSubscriber_ReceivesOrdersConfirmed_AndPublishesItsReply()
    {
        using var resources = TempResources.With(Yaml.Kafka(kafka.Cluster.BootstrapServers, "pubsub", $"{{appID}}-{Guid.NewGuid():N}"));
        var replies = new ReceivedEvents();
        await using var dotnet = await SubscriberWithSidecar.StartAsync("dotnet-listener", resources.Path, "node.replied", replies);
        await dotnet.Sidecar.WhenSubscribedAsync().WaitAsync(TimeSpan.FromSeconds(30));
        var nodePort = FreePort.Next();
        await using var nodeSidecar = await Sidecars.StartAsync("node-app", resources.Path, nodePort);
        await using var node = await ChildProcess.StartAsync(
            "node",
            [Path.Combine(AppContext.BaseDirectory, "Polyglot", "subscriber.js")],
            new Dictionary<string, string> { ["APP_PORT"] = nodePort.ToString(), ["DAPR_HTTP_PORT"] = nodeSidecar.HttpPort.ToString() },
            "node subscriber listening");
        await nodeSidecar.WhenSubscribedAsync().WaitAsync(TimeSpan.FromSeconds(30));
        using var client = Sidecars.Client(dotnet.Sidecar);

        await client.PublishEventAsync("pubsub", "orders.confirmed", new OrderEvent("node-1", 1), new Dictionary<string, string> { ["partitionKey"] = "node-1" });

        await Eventually.HoldsAsync(() => replies.Count > 0, TimeSpan.FromSeconds(30), $"node's reply (node output: {node.Output})");
        replies.AssertComplete([new OrderEvent("node-1", 2)]);
    }
}
