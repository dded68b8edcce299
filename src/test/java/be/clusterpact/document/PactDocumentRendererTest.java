package be.clusterpact.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The PDF itself, read back with PDFBox: A4, Dutch text, Belgian amounts, fonts embedded. */
class PactDocumentRendererTest {

  private final PactDocumentRenderer renderer = new PactDocumentRenderer();
  private final PactDocumentModel pact = PactDocumentModels.approved(SamplePacts.flux50());

  @Test
  void theApprovedPactAsA4PdfWithEveryPart() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(renderer.pdf(pact))) {
      assertThat(pdf.getPage(0).getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
      String text = text(pdf);
      assertThat(text).contains("Clusterpact Flux50", "CP-FLUX50-2026", "Flux50 vzw", "1 maart 2026",
          "Vlaanderen als proeftuin voor slimme energiesystemen.",
          "Gezamenlijke handelsmissies naar Duitsland.", "Opleidingen voor installateurs.", "Proefprojecten warmtenetten.",
          "EnergyVille", "Energo NV", "0123.456.749", "€ 150.000,00", "€ 50.000,50", "€ 500.000,00", "€ 850.000,00",
          "Voorwaardelijk: in afwachting van het jaarlijkse maximum", "Goedgekeurd", "20 november 2026",
          "Naam, functie, datum en handtekening", "Samen: € 150.000,00 cash en € 50.000,50 in natura.");
      assertThat(text.replaceAll("\\s+", " ")).as("whose commitments the pact records (seed 001)")
          .contains("Engagementen van de bedrijven en kennisinstellingen van de speerpuntcluster en van de Vlaamse overheid");
      assertThat(text.indexOf("Industrie 4.0 (transitietraject Visie 2050)"))
          .isLessThan(text.indexOf("Slimme netten"));
      assertThat(text).doesNotContain("Ondertekend op");
      assertThat(fonts(pdf)).isNotEmpty().allSatisfy(font -> {
        assertThat(font.getName()).contains("DejaVuSans");
        assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
      });
    }
  }

  @Test
  void theSignedPactNamesTheSignatoriesAndTheDate() throws IOException {
    PactDocumentModel signed = PactDocumentModels.signed(pact, LocalDate.of(2026, 12, 3), "An Peeters, directeur",
        "cluster.demo", Instant.parse("2026-12-03T14:05:09Z"));
    try (PDDocument pdf = Loader.loadPDF(renderer.pdf(signed))) {
      assertThat(text(pdf)).contains("Ondertekend op 3 december 2026", "An Peeters, directeur", "cluster.demo",
          "Clusterpact Flux50", "€ 850.000,00").doesNotContain("Naam, functie, datum en handtekening");
    }
  }

  static String text(PDDocument pdf) throws IOException {
    // Table cells wrap their lines: read the text as one line per page, words separated by one space.
    // In reading order (openhtmltopdf writes inline runs out of order).
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setSortByPosition(true);
    return stripper.getText(pdf).replace('\u00A0', ' ').replaceAll("\\s+", " ");
  }

  static List<PDFont> fonts(PDDocument pdf) throws IOException {
    List<PDFont> fonts = new ArrayList<>();
    for (PDPage page : pdf.getPages()) {
      for (var name : page.getResources().getFontNames()) {
        fonts.add(page.getResources().getFont(name));
      }
    }
    return fonts;
  }
}
