-- Messages that ended on a dead-letter topic, kept for the operator to inspect, replay or delete.
CREATE TABLE dead_letters (
    id                uuid        PRIMARY KEY,
    message_id        text        NOT NULL,  -- the original CloudEvent id: redeliveries of one dead letter are kept once
    original_topic    text        NOT NULL,
    dead_letter_topic text        NOT NULL,
    envelope          jsonb       NOT NULL,  -- the original CloudEvent as it reached the dead-letter topic
    payload           jsonb       NOT NULL,  -- its data: what a replay publishes
    error             text        NULL,
    attempts          integer     NULL,
    received_at       timestamptz NOT NULL DEFAULT now(),
    replayed_at       timestamptz NULL,
    replay_count      integer     NOT NULL DEFAULT 0,
    CONSTRAINT dead_letters_message_id_unique UNIQUE (message_id)
);

CREATE INDEX dead_letters_received ON dead_letters (received_at DESC, id);
CREATE INDEX dead_letters_topic_received ON dead_letters (original_topic, received_at DESC, id);
