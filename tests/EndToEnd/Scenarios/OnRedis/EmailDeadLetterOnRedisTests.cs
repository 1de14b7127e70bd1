using Ecommerce.EndToEnd.Hosting;

namespace Ecommerce.EndToEnd.Scenarios.OnRedis;

[Collection(RedisEcommerceCollection.Name)]
public sealed class EmailDeadLetterOnRedisTests(RedisEcommerceFixture shop) : EmailDeadLetterTests(shop);
