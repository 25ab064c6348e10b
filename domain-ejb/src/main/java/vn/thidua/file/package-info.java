/**
 * Uploaded files (evidence, signed documents). A file is checked by its content (not its
 * name) and size, stored in the database inside the transaction of the change it belongs
 * to (so a failed change leaves no orphan), and carries the SHA-256 of its content, checked
 * on every read.
 */
package vn.thidua.file;
