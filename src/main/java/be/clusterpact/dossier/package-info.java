/**
 * The pact dossier for people: the audit trail of a pact (every step in order, from Camunda's history and
 * the Hermes ledger, also for finished pacts and their tranche follow-ups) and who may read it. Further
 * sources (e.g. the stored clusterpact document) join the trail as {@link be.clusterpact.dossier.AuditSource} beans.
 */
package be.clusterpact.dossier;
