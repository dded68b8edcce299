package be.clusterpact.document;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the clusterpact document: the Thymeleaf template {@code templates/clusterpact-document.html}
 * filled with a {@link PactDocumentModel}, laid out as A4 PDF by openhtmltopdf. The font (DejaVu Sans,
 * shipped in {@code fonts/}) is embedded as a subset, so the PDF reads the same on every machine.
 */
@Component
public class PactDocumentRenderer {

  static final String TEMPLATE = "clusterpact-document";
  static final String FONT_FAMILY = "DejaVu Sans";
  private static final String FONT_REGULAR = "/fonts/DejaVuSans.ttf";
  private static final String FONT_BOLD = "/fonts/DejaVuSans-Bold.ttf";

  private final TemplateEngine templates = new TemplateEngine();

  public PactDocumentRenderer() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(PactDocumentRenderer.class.getClassLoader());
    resolver.setPrefix("templates/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    templates.setTemplateResolver(resolver);
  }

  /** The document's XHTML, as laid out into the PDF. */
  String html(PactDocumentModel pact) {
    Context context = new Context(Locale.forLanguageTag("nl-BE"));
    context.setVariable("pact", pact);
    return templates.process(TEMPLATE, context);
  }

  public byte[] pdf(PactDocumentModel pact) {
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.useFont(() -> font(FONT_REGULAR), FONT_FAMILY, 400, PdfRendererBuilder.FontStyle.NORMAL, true);
    builder.useFont(() -> font(FONT_BOLD), FONT_FAMILY, 700, PdfRendererBuilder.FontStyle.NORMAL, true);
    builder.withHtmlContent(html(pact), null);
    builder.toStream(pdf);
    try {
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("Rendering the clusterpact document of " + pact.businessKey() + " failed", e);
    }
    return pdf.toByteArray();
  }

  private static InputStream font(String path) {
    InputStream font = PactDocumentRenderer.class.getResourceAsStream(path);
    if (font == null) {
      throw new IllegalStateException("Font " + path + " is missing from the application");
    }
    return font;
  }
}
