/** Wiring: settings, the index and the answerer, opened together and closed together. */
package fr.permanence.app;
