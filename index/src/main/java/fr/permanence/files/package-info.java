/**
 * The data folder on disk: where each file lives ({@link fr.permanence.files.DataFolder}), files and
 * folders only their owner may read, and files replaced in one step. Depends on nothing else of
 * the project.
 */
package fr.permanence.files;
