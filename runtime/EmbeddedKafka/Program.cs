using Ecommerce.EmbeddedKafka;
using Ecommerce.EmbeddedKafka.ControlApi;

var builder = WebApplication.CreateBuilder(args);
builder.AddEmbeddedKafka(args);

await using var app = builder.Build();
app.MapOpenApi();
app.MapHealthApi();
app.MapTopicsApi();
app.MapFaultsApi();

return await app.RunEmbeddedKafkaAsync();
