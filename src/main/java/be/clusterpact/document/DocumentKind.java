package be.clusterpact.document;

import java.util.Locale;

/** Which version of the clusterpact document: as approved by the ministers, or as signed. */
public enum DocumentKind {
  APPROVED, SIGNED;

  /** {@code approved} or {@code signed}, as the API's {@code version} parameter and file names write it. */
  public String parameter() {
    return name().toLowerCase(Locale.ROOT);
  }
}
