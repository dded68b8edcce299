/**
 * The clusterpact document: the approved pact rendered as a Dutch PDF (A4) from the process's
 * {@code clusterpact} variable, stored immutably with its SHA-256 (approved, then signed), and read over
 * {@code GET /api/pacts/{businessKey}/document} by the people who worked on the pact.
 */
package be.clusterpact.document;
