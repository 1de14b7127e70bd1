using Ecommerce.EndToEnd.Hosting;

namespace Ecommerce.EndToEnd.Scenarios.OnRedis;

[Collection(RedisEcommerceCollection.Name)]
public sealed class HappyPathOnRedisTests(RedisEcommerceFixture shop) : HappyPathTests(shop);
