/**
 * What differs between the SQL databases the bot can keep its records in (a SQLite file beside
 * the bot, or a PostgreSQL server shared by several instances): connecting, schema versions,
 * column types, and which errors mean "try again later" ({@link fr.permanence.sql.SqlDialect}), and
 * where a set of records lives ({@link fr.permanence.sql.Database}). Used by the question log and
 * the corpus audit.
 */
package fr.permanence.sql;
