using Ecommerce.AppHost;

// The one-command local run: PostgreSQL, an embedded Kafka broker and an SMTP sink, then each service with its
// local Dapr sidecar. Ports and switches: appsettings.json, section LocalRun.
var builder = DistributedApplication.CreateBuilder(args);

var infrastructure = builder.AddLocalInfrastructure();
if (infrastructure.Settings.StartServices)
{
    builder.AddDaprService<Projects.Ordering>("ordering", infrastructure);
    builder.AddDaprService<Projects.Inventory>("inventory", infrastructure);
    builder.AddDaprService<Projects.Notifications>("notifications", infrastructure).WithSmtpSink(infrastructure);
    builder.AddDaprService<Projects.Fulfillment>("fulfillment", infrastructure);
    builder.AddDaprService<Projects.Operations>("operations", infrastructure);
}

builder.AddLocalRunConsole(infrastructure);

return await builder.Build().RunLocalAsync();
