using Ecommerce.Inventory;
using Ecommerce.Inventory.Apis;
using Ecommerce.Inventory.Subscriptions;
using Ecommerce.ServiceDefaults;
using Ecommerce.ServiceDefaults.Data;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddServiceDatabase("inventory", typeof(Program).Assembly);
builder.AddInventoryServices();

var app = builder.Build();

app.UseServiceDefaults();
app.MapProductsApi();
app.MapCatalogApi();
app.MapInventorySubscriptions();

await app.RunAsync();
