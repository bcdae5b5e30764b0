/**
 * The console: a chat in a terminal for the person at the machine, a thin adapter of the
 * conversation core like Discord and Matrix. {@link fr.permanence.console.ConsoleSession}
 * translates lines into the core's commands (read by its one French grammar) and replies into
 * text; {@link fr.permanence.console.ConsoleChat} reads lines with JLine's editing and history,
 * or plainly when the input is piped.
 */
package fr.permanence.console;
