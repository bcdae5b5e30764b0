/**
 * How a process that cannot go on says why and with which exit status: a configuration error
 * (exit 2, which the systemd unit does not restart) or a transient failure (exit 1, restarted).
 * A leaf package: every adapter and command may depend on it; it depends on nothing.
 */
package fr.permanence.startup;
