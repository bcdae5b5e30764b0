/** The Lucene index of passages and the search over it. */
package fr.permanence.search;
