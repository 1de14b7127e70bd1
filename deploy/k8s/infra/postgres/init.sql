-- Runs once, on an empty data volume (docker-entrypoint-initdb.d). One database per owner:
-- the services' own (Dapper) databases and the Dapr state stores' databases.
CREATE DATABASE ordering;
CREATE DATABASE inventory;
CREATE DATABASE notifications;
CREATE DATABASE fulfillment;
CREATE DATABASE operations;
CREATE DATABASE workflow;
