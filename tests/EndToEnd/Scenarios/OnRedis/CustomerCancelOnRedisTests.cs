using Ecommerce.EndToEnd.Hosting;

namespace Ecommerce.EndToEnd.Scenarios.OnRedis;

[Collection(RedisEcommerceCollection.Name)]
public sealed class CustomerCancelOnRedisTests(RedisEcommerceFixture shop) : CustomerCancelTests(shop);
