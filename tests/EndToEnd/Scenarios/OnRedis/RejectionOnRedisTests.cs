using Ecommerce.EndToEnd.Hosting;

namespace Ecommerce.EndToEnd.Scenarios.OnRedis;

[Collection(RedisEcommerceCollection.Name)]
public sealed class RejectionOnRedisTests(RedisEcommerceFixture shop) : RejectionTests(shop);
