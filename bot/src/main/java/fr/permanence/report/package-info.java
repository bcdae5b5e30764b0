/** The trainers' review of the question log: recurring questions, corpus gaps, ratings. */
package fr.permanence.report;
