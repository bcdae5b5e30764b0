/**
 * What {@code ./permanence bench} measures beside search: the question log's write and report
 * times, the overhead of a language model's answers, and the loopback stand-in model it measures
 * them against (also used by the tests). Nothing here runs in a served bot.
 */
package fr.permanence.bench;
