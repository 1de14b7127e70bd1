using Ecommerce.Identity;
using Ecommerce.Identity.Endpoints;

var builder = WebApplication.CreateBuilder(args);

builder.AddIdentityServer();

var app = builder.Build();

app.UseIdentityServer();
app.MapLoginPages();
app.MapAuthorizationEndpoints();
app.MapTokenEndpoint();
app.MapUserInfoEndpoint();

app.Run();
