using Ecommerce.Operations;
using Ecommerce.Operations.Apis;
using Ecommerce.Operations.Subscriptions;
using Ecommerce.ServiceDefaults;
using Ecommerce.ServiceDefaults.Data;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddServiceDatabase("operations", typeof(Program).Assembly);
builder.AddOperationsServices();

var app = builder.Build();

// Before UseServiceDefaults: dead letters are kept as whole CloudEvents, so read them before UseCloudEvents unwraps them.
app.UseDeadLetterEnvelopeCapture();
app.UseServiceDefaults();
app.MapDeadLettersApi();
app.MapDeadLetterSubscriptions();

app.Run();
