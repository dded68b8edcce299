package be.clusterpact.document;

import be.clusterpact.dossier.PactAccess;
import be.clusterpact.kernel.InvalidInputException;
import be.clusterpact.web.ApiException;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/pacts/{businessKey}/document}: the clusterpact document as PDF — the signed version
 * once the pact is signed, else the approved one; {@code ?version=approved} or {@code signed} asks
 * for one. For those who may read the pact's dossier ({@link PactAccess}): the people who worked on the
 * pact, the Hermes decision committee, the Hermes fund manager and the administrators.
 */
@RestController
class PactDocumentApi {

  static final String VERSION = "version";

  private final PactDocumentStore store;
  private final PactAccess access;

  PactDocumentApi(PactDocumentStore store, PactAccess access) {
    this.store = store;
    this.access = access;
  }

  @GetMapping("/api/pacts/{businessKey}/document")
  ResponseEntity<byte[]> document(@PathVariable String businessKey,
                                  @RequestParam(name = VERSION, required = false) String version) {
    Optional<DocumentKind> kind = kind(version);
    access.requireReader(businessKey, "het clusterpactdocument van " + businessKey);
    StoredDocument document = (kind.isPresent() ? store.find(businessKey, kind.get()) : store.latest(businessKey))
        .orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, kind.orElse(DocumentKind.APPROVED) == DocumentKind.SIGNED
            ? "Het clusterpact " + businessKey + " is nog niet ondertekend."
            : "Het clusterpact " + businessKey + " is nog niet door alle ministers goedgekeurd: er is nog geen document."));
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
            .filename(businessKey + "-" + document.kind().parameter() + ".pdf").build().toString())
        .header("X-Content-SHA256", document.sha256())
        .body(document.content());
  }

  private static Optional<DocumentKind> kind(String version) {
    if (version == null || version.isBlank()) {
      return Optional.empty();
    }
    return Arrays.stream(DocumentKind.values()).filter(k -> k.parameter().equals(version.strip())).findFirst()
        .or(() -> {
          throw new InvalidInputException(VERSION, "kies approved (goedgekeurd) of signed (ondertekend)");
        });
  }
}
