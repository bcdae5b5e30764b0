/** The command line: picocli commands behind the ./permanence launcher. */
package fr.permanence.cli;
