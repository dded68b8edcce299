/**
 * The Flemish EU desk's side of a call for a European Commission expert group (seed 004: the cluster
 * expert group with at most 38 members, 28 public bodies and 10 individuals): one process per call
 * ({@code Process_EuExpertGroupCall}) and one per application ({@code Process_EuExpertGroupApplication}),
 * seats per call kept in table {@code cp_eu_expert_group_call}, members in {@code cp_eu_expert_group_member}, applicants
 * refused for lack of seats in {@code cp_eu_expert_group_waiting}. Depends on nothing but {@code platform}.
 */
package be.clusterpact.expertgroup;
