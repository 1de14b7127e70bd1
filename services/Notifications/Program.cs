using Ecommerce.Notifications;
using Ecommerce.Notifications.Subscriptions;
using Ecommerce.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddNotificationsServices();

var app = builder.Build();

app.UseServiceDefaults();
app.MapNotificationsSubscriptions();

app.Run();
