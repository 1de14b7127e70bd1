-- Admission control reads how many orders were answered (left Placed) in the last seconds: its drain rate.
CREATE INDEX order_timeline_answered ON order_timeline (occurred_at) WHERE status IN ('Confirmed', 'Cancelled');
