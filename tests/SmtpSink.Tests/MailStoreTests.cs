namespace Ecommerce.SmtpSink.Tests;

public sealed class MailStoreTests
{
    [Fact]
    public void A_message_past_capacity_drops_the_oldest()
    {
        var store = new MailStore();

        for (var i = 0; i <= MailStore.Capacity; i++)
        {
            store.Add(new ReceivedMessage($"m{i}", "from@example.com", ["to@example.com"], $"s{i}", null, null, DateTimeOffset.UnixEpoch));
        }

        Assert.Equal(MailStore.Capacity, store.Count);
        Assert.Null(store.Find("m0"));
        Assert.Equal($"m{MailStore.Capacity}", store.List()[0].Id);
    }
}
