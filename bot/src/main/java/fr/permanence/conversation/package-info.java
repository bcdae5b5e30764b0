/** The platform-neutral conversation core: commands in, French replies out, for every chat adapter. */
package fr.permanence.conversation;
