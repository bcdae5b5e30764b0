/** The Matrix adapter: Client-Server API over java.net.http, translating rooms to the conversation core. */
package fr.permanence.matrix;
