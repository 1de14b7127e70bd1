-- How stock is counted: products.stock_on_hand is the number of units free to sell. A reservation takes its units
-- out of stock_on_hand at once (a conditional UPDATE ... WHERE stock_on_hand >= quantity, so it can never be
-- oversold), a release puts them back, and a shipment (commit) leaves them out for good. The units an order
-- holds are therefore never in stock_on_hand; "reserved" is the sum of reservations still in status Reserved.
-- The CHECK constraint is the last line of defence: no statement can ever leave stock below zero.
CREATE TABLE products (
    id            text PRIMARY KEY CHECK (id <> ''),
    name          text NOT NULL CHECK (name <> ''),
    price         numeric(12, 2) NOT NULL CHECK (price >= 0),
    stock_on_hand integer NOT NULL CHECK (stock_on_hand >= 0),
    updated_at    timestamptz NOT NULL DEFAULT now()
);

-- One row per order: the answer Inventory gave (Reserved or Rejected) and where the hold stands since
-- (Released, Committed). A Released row without reservations is a tombstone: the release came before the order,
-- so a late orders.new must not reserve. Redelivered events replay the stored answer instead of deciding again.
CREATE TABLE reservation_outcomes (
    order_id   uuid PRIMARY KEY,
    status     text NOT NULL CHECK (status IN ('Reserved', 'Rejected', 'Released', 'Committed')),
    reason     text NULL,
    detail     text NULL,
    decided_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CHECK (status <> 'Rejected' OR reason IS NOT NULL)
);

-- The lines an order holds, priced from the catalog at the moment of reservation (the price the customer pays).
CREATE TABLE reservations (
    order_id     uuid NOT NULL REFERENCES reservation_outcomes (order_id),
    product_id   text NOT NULL REFERENCES products (id),
    product_name text NOT NULL,
    unit_price   numeric(12, 2) NOT NULL CHECK (unit_price >= 0),
    quantity     integer NOT NULL CHECK (quantity > 0),
    status       text NOT NULL CHECK (status IN ('Reserved', 'Released', 'Committed')),
    reserved_at  timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (order_id, product_id)
);

CREATE INDEX reservations_held_by_product ON reservations (product_id) WHERE status = 'Reserved';
