-- Keycloak's own database beside Guichet's (the compose pilot only; a city's Keycloak usually has its own server).
create database keycloak;
-- The dev profile's Guichet (docker compose --profile dev).
create database guichet_dev;
