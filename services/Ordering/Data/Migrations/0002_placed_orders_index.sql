-- The orders still waiting for Inventory's answer, oldest first: what admission control reads before each placement.
CREATE INDEX orders_placed_waiting ON orders (placed_at) WHERE status = 'Placed';
