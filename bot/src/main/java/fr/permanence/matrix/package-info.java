/**
 * The Matrix adapter: the Client-Server API over java.net.http, translating rooms to the
 * conversation core. {@link fr.permanence.matrix.MatrixSync} runs the /sync loop,
 * {@link fr.permanence.matrix.MatrixMessages} reads events (pure),
 * {@link fr.permanence.matrix.RoomState} knows roles (from a control room or lists, never from the
 * room written in) and direct rooms, {@link fr.permanence.matrix.MatrixMemory} remembers handled
 * events and answers across restarts, {@link fr.permanence.matrix.MatrixFormat} lays replies out,
 * and {@link fr.permanence.matrix.MatrixBot} ties them together.
 */
package fr.permanence.matrix;
