using YamlDotNet.RepresentationModel;

namespace Ecommerce.Deployment.Tests;

/// <summary>contracts/asyncapi.yaml with local $ref resolution.</summary>
internal sealed class AsyncApiDocument
{
    public YamlMappingNode Root { get; } = Yaml.Single("contracts/asyncapi.yaml");

    public IEnumerable<(string Id, YamlNode Channel)> Channels => Root.Entries("channels").Select(e => (e.Key, e.Value));

    public IEnumerable<(string Id, YamlNode Operation)> Operations => Root.Entries("operations").Select(e => (e.Key, e.Value));

    public YamlNode ChannelAt(string address) =>
        Channels.SingleOrDefault(c => c.Channel.Scalar("address") == address).Channel
        ?? throw new Xunit.Sdk.XunitException($"contracts/asyncapi.yaml has no channel with address '{address}'");

    /// <summary>Follows a "#/a/b" reference, and any reference the target holds, to the node.</summary>
    public YamlNode Resolve(YamlNode node)
    {
        for (var hops = 0; node.Scalar("$ref") is { } reference; hops++)
        {
            Assert.True(hops < 10, $"reference loop at {reference}");
            Assert.StartsWith("#/", reference);
            node = Root.Node(reference[2..].Split('/')) ?? throw new Xunit.Sdk.XunitException($"contracts/asyncapi.yaml: '{reference}' resolves to nothing");
        }

        return node;
    }

    /// <summary>The schema name of the event a message carries in its CloudEvent's data.</summary>
    public string EventSchemaOf(YamlNode message)
    {
        var payload = Resolve(message).Node("payload");
        var parts = payload.Items("allOf").ToList();
        Assert.True(parts.Count == 2, "a message payload is allOf [CloudEvent, {data: <event>}]");
        Assert.Equal("#/components/schemas/CloudEvent", parts[0].Scalar("$ref"));
        var data = parts[1].Scalar("properties", "data", "$ref") ?? throw new Xunit.Sdk.XunitException("a message's data names no schema");
        Assert.StartsWith("#/components/schemas/", data);
        return data["#/components/schemas/".Length..];
    }

    /// <summary>The event schema names of a channel's messages.</summary>
    public IReadOnlyList<string> EventSchemasOf(YamlNode channel) =>
        channel.Entries("messages").Select(m => EventSchemaOf(m.Value)).Order(StringComparer.Ordinal).ToList();
}
