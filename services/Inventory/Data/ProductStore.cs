using Dapper;
using Npgsql;

namespace Ecommerce.Inventory.Data;

/// <summary>The catalog: products, their price and their stock.</summary>
public sealed class ProductStore(NpgsqlDataSource dataSource)
{
    private const string SelectProducts =
        """
        SELECT p.id, p.name, p.price, p.stock_on_hand AS stockonhand,
               COALESCE((SELECT sum(r.quantity) FROM reservations r
                         WHERE r.product_id = p.id AND r.status = 'Reserved'), 0)::int AS reserved
        FROM products p
        """;

    public async Task<IReadOnlyList<Product>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var products = await connection.QueryAsync<Product>(new CommandDefinition(
            SelectProducts + " ORDER BY p.id", cancellationToken: cancellationToken));
        return products.AsList();
    }

    public async Task<Product?> FindAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<Product>(new CommandDefinition(
            SelectProducts + " WHERE p.id = @id", new { id }, cancellationToken: cancellationToken));
    }

    public async Task<(RestockOutcome Outcome, Product? Product)> RestockAsync(
        string id, int quantity, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var restocked = await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE products SET stock_on_hand = stock_on_hand + @quantity, updated_at = now()
            WHERE id = @id AND stock_on_hand <= 2147483647 - @quantity
            """, new { id, quantity }, cancellationToken: cancellationToken));
        var product = await FindAsync(id, cancellationToken);
        return (restocked, product) switch
        {
            (_, null) => (RestockOutcome.UnknownProduct, null),
            (0, _) => (RestockOutcome.StockLimitExceeded, product),
            _ => (RestockOutcome.Restocked, product),
        };
    }

    /// <summary>Adds a product; null when one with this id exists already (nothing is changed then).</summary>
    public async Task<Product?> CreateAsync(string id, string name, decimal price, int stockOnHand, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var created = await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO products (id, name, price, stock_on_hand) VALUES (@id, @name, @price, @stockOnHand)
            ON CONFLICT (id) DO NOTHING
            """, new { id, name, price, stockOnHand }, cancellationToken: cancellationToken));
        return created == 0 ? null : await FindAsync(id, cancellationToken);
    }

    /// <summary>Sets the price of new reservations; null for an unknown product.</summary>
    public async Task<Product?> ChangePriceAsync(string id, decimal price, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE products SET price = @price, updated_at = now() WHERE id = @id",
            new { id, price }, cancellationToken: cancellationToken));
        return changed == 0 ? null : await FindAsync(id, cancellationToken);
    }
}
