-- Orders, their lines (priced once Inventory reserves them) and their timeline (one row per status reached).
CREATE TABLE orders (
    id                  uuid PRIMARY KEY,
    customer_email      text        NOT NULL,
    shipping_address    text        NOT NULL,
    status              text        NOT NULL,
    cancellation_reason text        NULL,
    total               numeric(14, 2) NULL,
    idempotency_key     text        NULL UNIQUE,
    request_hash        text        NOT NULL,
    placed_at           timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL
);

CREATE INDEX orders_customer_email ON orders (lower(customer_email), placed_at DESC);

CREATE TABLE order_lines (
    order_id     uuid    NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    line_number  int     NOT NULL,
    product_id   text    NOT NULL,
    quantity     int     NOT NULL CHECK (quantity > 0),
    product_name text    NULL,
    unit_price   numeric(14, 2) NULL,
    PRIMARY KEY (order_id, line_number),
    UNIQUE (order_id, product_id)
);

-- Keyed on (order, status) so a replayed activity cannot add a second entry for the same change.
CREATE TABLE order_timeline (
    order_id    uuid        NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    status      text        NOT NULL,
    occurred_at timestamptz NOT NULL,
    reason      text        NULL,
    detail      text        NULL,
    PRIMARY KEY (order_id, status)
);
