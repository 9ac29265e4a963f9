-- Runs once when the PostgreSQL container first creates its data. The app connects as kumo_app, a role that
-- is not superuser, has no BYPASSRLS and owns nothing; migrations run as the owner (POSTGRES_USER).
CREATE ROLE kumo_app LOGIN PASSWORD 'kumo_app' NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
