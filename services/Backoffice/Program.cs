using Ecommerce.Backoffice;

var builder = WebApplication.CreateBuilder(args);

builder.AddBackoffice();

var app = builder.Build();

app.UseBackoffice();

app.Run();
