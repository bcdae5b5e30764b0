/**
 * What differs between the SQL databases the bot can keep its records in (a SQLite file beside
 * the bot, or a PostgreSQL server shared by several instances): connecting, schema versions,
 * column types, and which errors mean "try again later". Used by the question log; the corpus
 * audit can use it the same way.
 */
package fr.permanence.sql;
