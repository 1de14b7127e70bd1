using Ecommerce.LocalSidecar.Components;
using Ecommerce.LocalSidecar.Resiliency;
using Ecommerce.LocalSidecar.Tests.Infrastructure;

namespace Ecommerce.LocalSidecar.Tests.Unit;

public sealed class ResiliencyReaderTests
{
    [Fact]
    public void InboundPolicy_OfTheTargetedComponent_IsReadWithItsTimeoutAndRetries()
    {
        using var resources = TempResources.With(Yaml.FastResiliency(maxRetries: 3));

        var policy = ResiliencyReader.Read(ResourceFileReader.Read([resources.Path]), "shop").Inbound("pubsub");

        Assert.Equal(TimeSpan.FromSeconds(5), policy.Timeout);
        Assert.Equal(new RetryPolicy(false, TimeSpan.FromMilliseconds(20), TimeSpan.FromSeconds(60), 3), policy.Retry);
        Assert.Equal(TimeSpan.FromMilliseconds(20), policy.Retry.DelayBefore(3));
        Assert.Null(policy.Retry.DelayBefore(4));
    }

    [Fact]
    public void ExponentialRetries_GrowAndStayUnderMaxInterval()
    {
        var retry = new RetryPolicy(true, TimeSpan.Zero, TimeSpan.FromSeconds(2), 10);

        Assert.All(Enumerable.Range(1, 10), n => Assert.InRange(retry.DelayBefore(n)!.Value, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(2)));
        Assert.True(retry.DelayBefore(8) > TimeSpan.FromSeconds(1));
    }

    [Theory]
    [InlineData("500ms", 500)]
    [InlineData("5s", 5000)]
    [InlineData("1m30s", 90000)]
    public void GoDurations_AreParsed(string text, int milliseconds)
    {
        Assert.True(GoDuration.TryParse(text, out var duration));
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), duration);
    }

    [Fact]
    public void UnknownRetryPolicyName_FailsNamingTheField()
    {
        var yaml = Yaml.FastResiliency().Item2.Replace("retry: fastInbound", "retry: missing");
        using var resources = TempResources.With(("resiliency.yaml", yaml));

        var error = Assert.Throws<ComponentConfigurationException>(() => ResiliencyReader.Read(ResourceFileReader.Read([resources.Path]), "shop"));

        Assert.Contains("spec.targets.components.pubsub.inbound.retry", error.Message);
    }
}
