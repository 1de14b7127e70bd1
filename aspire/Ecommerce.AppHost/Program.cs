using Ecommerce.AppHost;

// The one-command local run: PostgreSQL, an embedded Kafka broker and an SMTP sink, then each service with its
// local Dapr sidecar (builder.AddDaprService<Projects.X>("x", infrastructure)) once the service exists.
var builder = DistributedApplication.CreateBuilder(args);

var infrastructure = builder.AddLocalInfrastructure();

builder.Build().Run();
