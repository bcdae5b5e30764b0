/**
 * French text measures shared by ingestion, search and answers: sentence boundaries that know
 * legal abbreviations ("art. L. 2312-8"), word counts. Depends on nothing else of the project.
 */
package fr.permanence.text;
