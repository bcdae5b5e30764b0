/**
 * The data folder on disk: where each file lives ({@link fr.permanence.files.DataFolder}), whole folders
 * copied and deleted ({@link fr.permanence.files.Folders}), files and
 * folders only their owner may read, and files replaced in one step. Depends on nothing else of
 * the project.
 */
package fr.permanence.files;
