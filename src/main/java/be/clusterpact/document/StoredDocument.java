package be.clusterpact.document;

import java.time.Instant;

/** One stored version of a pact's document, with the SHA-256 of its bytes (hex). */
public record StoredDocument(String businessKey, DocumentKind kind, String processInstanceId, byte[] content,
                             String sha256, String recordedBy, Instant recordedAt) {}
