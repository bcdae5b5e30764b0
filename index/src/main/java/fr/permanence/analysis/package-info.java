/** French analysis for legal text: elision, folding, stemming, legal references, synonyms. */
package fr.permanence.analysis;
