package be.clusterpact.expertgroup;

import java.time.Instant;

/** A selected applicant holding a seat; {@code applicationId} is the application's process instance. */
public record Member(String applicationId, ApplicantKind kind, String name, String country, Instant selectedAt) {}
