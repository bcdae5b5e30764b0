/** The private question log: what members asked, pseudonymized, kept for a limited time. */
package fr.permanence.log;
