using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Aspire.Hosting.Testing;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using Npgsql;

namespace Ecommerce.AppHost.Tests;

public sealed class InfrastructureTests(AppHostFixture fixture) : IClassFixture<AppHostFixture>
{
    private static readonly string[] Databases = ["ordering", "inventory", "notifications", "fulfillment", "operations", "workflow"];

    private LocalAppHost Run => fixture.Run;

    [Fact]
    public async Task The_smtp_sink_answers_healthz_on_its_configured_port()
    {
        using var http = Run.App.CreateHttpClient("smtp", "http");

        Assert.Equal(Run.Settings.SmtpHttpPort, http.BaseAddress!.Port);
        Assert.Equal("Healthy", await http.GetStringAsync("/healthz"));
    }

    [Fact]
    public async Task A_mail_sent_to_the_smtp_sink_can_be_read_back()
    {
        var recipient = $"{Guid.NewGuid():N}@example.com";
        var mail = new MimeMessage { Subject = "Through the app host", Body = new TextPart("plain") { Text = "hello" } };
        mail.From.Add(MailboxAddress.Parse("shop@example.com"));
        mail.To.Add(MailboxAddress.Parse(recipient));

        using (var smtp = new SmtpClient { Timeout = 10_000 })
        {
            await smtp.ConnectAsync("127.0.0.1", Run.Settings.SmtpPort, SecureSocketOptions.None);
            await smtp.SendAsync(mail);
            await smtp.DisconnectAsync(quit: true);
        }

        using var http = Run.App.CreateHttpClient("smtp", "http");
        var messages = await http.GetFromJsonAsync<JsonElement>($"/messages?to={recipient}");
        var message = Assert.Single(messages.EnumerateArray());
        Assert.Equal("Through the app host", message.GetProperty("subject").GetString());
    }

    [Fact]
    public async Task PostgreSQL_accepts_a_connection_to_every_local_database()
    {
        foreach (var database in Databases)
        {
            var connectionString = $"Host=127.0.0.1;Port={Run.Settings.PostgresPort};Username=postgres;Database={database};Pooling=false";
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT current_database()", connection);

            Assert.Equal(database, await command.ExecuteScalarAsync());
        }
    }

    [Fact]
    public async Task Embedded_kafka_answers_healthz_and_accepts_connections_on_every_broker_port()
    {
        using var http = Run.App.CreateHttpClient("kafka", "control");

        using var health = await http.GetAsync("/healthz");
        health.EnsureSuccessStatusCode();

        foreach (var port in Run.Settings.KafkaPortList())
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", port);
            Assert.True(client.Connected);
        }
    }
}
