using Ecommerce.Fulfillment;
using Ecommerce.Fulfillment.Apis;
using Ecommerce.Fulfillment.Subscriptions;
using Ecommerce.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddFulfillmentServices();

var app = builder.Build();

app.UseServiceDefaults();
app.MapFulfillmentsApi();
app.MapFulfillmentSubscriptions();

await app.RunAsync();
