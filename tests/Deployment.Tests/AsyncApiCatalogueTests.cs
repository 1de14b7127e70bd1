using Ecommerce.Contracts;

namespace Ecommerce.Deployment.Tests;

/// <summary>contracts/asyncapi.yaml is the catalogue of services/Contracts: topics, dead-letter topics, event records.</summary>
public sealed class AsyncApiCatalogueTests
{
    private static readonly HashSet<string> Documentation = ["description", "title", "examples"];

    private readonly AsyncApiDocument _catalogue = new();

    [Fact]
    public void Catalogue_is_AsyncAPI_3()
    {
        Assert.Equal("3.0.0", _catalogue.Root.Scalar("asyncapi"));
    }

    [Fact]
    public void Channels_are_exactly_the_topics_and_their_dead_letter_topics()
    {
        var addresses = _catalogue.Channels.Select(c => c.Channel.Scalar("address") ?? "").Order();

        Assert.Equal(ContractNames.AllTopics.Order(), addresses);
    }

    [Theory]
    [MemberData(nameof(RecordNames))]
    public void Schema_of_each_event_record_is_what_System_Text_Json_writes(string record)
    {
        var type = EventSchemas.Records.Single(r => r.Name == record);
        var expected = Canonical.Of(EventSchemas.For(type));
        var schema = _catalogue.Root.Node("components", "schemas", record)
                     ?? throw new Xunit.Sdk.XunitException($"contracts/asyncapi.yaml has no components.schemas.{record}; add:\n{expected}");

        var actual = Canonical.Of(schema, key => !Documentation.Contains(key));

        Assert.True(expected == actual, $"components.schemas.{record} differs from the record. Expected (JSON):\n{expected}\nCatalogue:\n{actual}");
    }

    [Fact]
    public void Catalogue_has_no_schema_for_a_record_that_no_longer_exists()
    {
        var names = EventSchemas.Records.Select(r => r.Name).Append("CloudEvent").ToHashSet();

        Assert.DoesNotContain(_catalogue.Root.Entries("components", "schemas").Select(e => e.Key), n => !names.Contains(n));
    }

    [Fact]
    public void Every_message_carries_an_event_keyed_by_its_order_id()
    {
        foreach (var (name, message) in _catalogue.Root.Entries("components", "messages"))
        {
            var record = EventSchemas.Records.Single(r => r.Name == _catalogue.EventSchemaOf(message));
            Assert.True(EventSchemas.HasOrderId(record), $"{name}: {record.Name} has no Guid OrderId to key by");
            var traits = message.Items("traits").Select(_catalogue.Resolve).ToList();
            Assert.Contains(traits, t => t.Scalar("correlationId", "location") == "$message.payload#/data/orderId");
            Assert.Contains(traits, t => t.Scalar("bindings", "kafka", "key", "format") == "uuid");
        }
    }

    [Fact]
    public void Dead_letter_channels_carry_the_messages_of_their_topic()
    {
        foreach (var topic in Topics.All)
        {
            var messages = _catalogue.EventSchemasOf(_catalogue.ChannelAt(topic));

            Assert.NotEmpty(messages);
            Assert.Equal(messages, _catalogue.EventSchemasOf(_catalogue.ChannelAt(Topics.DeadLetterOf(topic))));
        }
    }

    [Fact]
    public void Operations_name_real_apps_channels_and_messages()
    {
        foreach (var (id, operation) in _catalogue.Operations)
        {
            Assert.Contains(operation.Scalar("action"), new[] { "send", "receive" });
            var app = operation.Scalar("x-dapr-app-id") ?? "";
            Assert.True(ContractNames.AppIds.Contains(app), $"{id}: x-dapr-app-id '{app}' is not an app id");
            var channel = _catalogue.Resolve(operation.Node("channel")!);
            foreach (var message in operation.Items("messages"))
            {
                var reference = message.Scalar("$ref")!;
                Assert.True(
                    channel.Entries("messages").Any(m => reference.EndsWith("/messages/" + m.Key, StringComparison.Ordinal)),
                    $"{id}: {reference} is not a message of its channel");
                _catalogue.Resolve(message);
            }
        }
    }

    [Fact]
    public void Every_topic_has_a_publisher_and_every_dead_letter_topic_is_kept_by_Operations()
    {
        var operations = _catalogue.Operations
            .Select(o => (
                App: o.Operation.Scalar("x-dapr-app-id"),
                Action: o.Operation.Scalar("action"),
                Address: _catalogue.Resolve(o.Operation.Node("channel")!).Scalar("address")))
            .ToList();

        Assert.DoesNotContain(Topics.All, t => !operations.Any(o => o.Action == "send" && o.Address == t && o.App != AppIds.Operations));
        Assert.DoesNotContain(ContractNames.DeadLetterTopics, t => !operations.Contains((AppIds.Operations, "receive", t)));
    }

    [Fact]
    public void Channel_bindings_match_the_topics_the_infrastructure_creates()
    {
        var created = ComposeFiles.Topics();
        foreach (var (id, channel) in _catalogue.Channels)
        {
            var kafka = _catalogue.Resolve(channel.Node("bindings")!).Node("kafka");
            var (partitions, retention) = created[channel.Scalar("address")!];

            Assert.Equal(partitions.ToString(), kafka.Scalar("partitions"));
            Assert.Equal(retention.ToString(), kafka.Scalar("topicConfiguration", "retention.ms"));
        }
    }

    public static TheoryData<string> RecordNames() => new(EventSchemas.Records.Select(r => r.Name));
}
