using Ecommerce.Ordering;
using Ecommerce.Ordering.Apis;
using Ecommerce.Ordering.Subscriptions;
using Ecommerce.ServiceDefaults;
using Ecommerce.ServiceDefaults.Data;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddServiceDatabase("ordering", typeof(Program).Assembly);
builder.AddOrderingServices();

var app = builder.Build();

app.UseServiceDefaults();
app.MapOrdersApi();
app.MapOrderingSubscriptions();

app.Run();
