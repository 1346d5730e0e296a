using Microsoft.EntityFrameworkCore;

namespace Wijkpeil.App.Data.Postgres;

/// <summary>The PostgreSQL flavour of the database, with its own migrations in this folder.</summary>
public sealed class PostgresWijkpeilDbContext(DbContextOptions<PostgresWijkpeilDbContext> options) : WijkpeilDbContext(options);
