package be.clusterpact.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.clusterpact.testing.MigratedH2;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The embedded default (H2): migration V7 creates the store, and its trigger refuses every change. */
class PactDocumentStoreOnH2Test {

  @Test
  void aStoredDocumentIsKeptAsItIsAndNeverChangedOrDeleted() {
    DataSource dataSource = MigratedH2.named("documents");
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    PactDocumentStore store = new PactDocumentStore(jdbc);
    byte[] pdf = {'%', 'P', 'D', 'F', '-', '1', '.', '7'};
    Instant at = Instant.parse("2026-11-26T10:00:00Z");

    StoredDocument stored = store.store("CP-H2-2026", DocumentKind.APPROVED, "pi-1", pdf, "cluster.demo", at);
    // As sha256sum prints it for the same eight bytes.
    assertThat(stored.sha256()).isEqualTo("86edbaa24831badfa0a8b04bb410141e2ee4182b6d0014493fe262a7a331c20b");
    // Stored again (the step ran again): the first version stays.
    StoredDocument again = store.store("CP-H2-2026", DocumentKind.APPROVED, "pi-1", new byte[] {1, 2, 3}, "other", at);
    assertThat(again.content()).isEqualTo(pdf);
    assertThat(store.latest("CP-H2-2026")).get().extracting(StoredDocument::kind).isEqualTo(DocumentKind.APPROVED);
    store.store("CP-H2-2026", DocumentKind.SIGNED, "pi-1", new byte[] {9}, "cluster.demo", at);
    assertThat(store.latest("CP-H2-2026")).get().extracting(StoredDocument::kind).isEqualTo(DocumentKind.SIGNED);
    assertThat(store.find("CP-ANDER-2026", DocumentKind.APPROVED)).isEmpty();

    assertThatThrownBy(() -> jdbc.update("update cp_pact_document set content = ? where business_key = ?",
        new byte[] {0}, "CP-H2-2026")).hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.update("delete from cp_pact_document")).hasMessageContaining("append-only");
    assertThat(store.find("CP-H2-2026", DocumentKind.APPROVED)).get().extracting(StoredDocument::content).isEqualTo(pdf);
  }
}
