/**
 * Scoring retrieval on question sets the way the project's evaluation script ({@code score.py})
 * does, and choosing weights by cross-validation: fit on one half of the questions, report on
 * the other. Used by {@code ./permanence eval} and by the regression floor test.
 */
package fr.permanence.evaluation;
