namespace Ecommerce.EndToEnd.Hosting;

/// <summary>
/// The same app host with its pub/sub on Redis Streams instead of Kafka (<see cref="RedisComponents"/>); the app host
/// sees pubsub.redis in the folder and starts redis-server beside the other stand-ins.
/// </summary>
public sealed class RedisEcommerceFixture : EcommerceFixture
{
    private readonly RedisComponents _components;

    public RedisEcommerceFixture()
        : this(RedisComponents.Create())
    {
    }

    private RedisEcommerceFixture(RedisComponents components)
        : base(EcommerceAppOptions.Default with { ComponentsPath = components.Path }) => _components = components;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _components.Dispose();
    }
}
