/** Composing French answers from search results: quotes, citations, honest abstentions. */
package fr.permanence.answer;
