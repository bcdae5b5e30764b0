/** The Discord adapter (JDA 6): slash commands, mentions and DMs, buttons, translated to the conversation core. */
package fr.permanence.discord;
