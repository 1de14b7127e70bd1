-- GET /orders a page at a time, newest first: of everyone, or of one status. Each index is read in the order of the
-- listing (placed_at DESC, id DESC), so a page costs its offset plus its size, and the total is counted from the index.
-- One customer's orders keep orders_customer_email (0001); a status filter on top of it is checked row by row.
CREATE INDEX orders_newest ON orders (placed_at DESC, id DESC);
CREATE INDEX orders_status_newest ON orders (status, placed_at DESC, id DESC);
