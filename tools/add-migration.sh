#!/usr/bin/env bash
# Adds a migration named $1 for both providers, SQLite and PostgreSQL. Never write one by hand.
set -euo pipefail
name=${1:?usage: tools/add-migration.sh MigrationName}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
project=src/Nassij.Web
dotnet ef migrations add "$name" --project "$project" --context SqliteNassijDb --output-dir Platform/Data/Migrations/Sqlite
dotnet ef migrations add "$name" --project "$project" --context PostgresNassijDb --output-dir Platform/Data/Migrations/Postgres --no-build
dotnet format "$project" --include "$project/Platform/Data/Migrations" >/dev/null || true
