/**
 * Yearly release of an approved pact's earmarked Hermes means: each year, after the cluster's annual
 * report is assessed, that year's tranche is released; a lowered annual maximum goes to the committee.
 */
package be.clusterpact.tranche;
