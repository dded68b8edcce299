package be.clusterpact.negotiation;

import be.clusterpact.process.ClusterpactProcess;
import be.clusterpact.budget.EuroAmounts;
import be.clusterpact.kernel.InvalidInputException;
import be.clusterpact.kernel.Texts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The cluster's own side of the pact: its competitiveness programme and what its companies and
 * knowledge institutions commit to. The cluster organisation enters one partner per line:
 * {@code naam; soort; ondernemingsnummer (mag leeg); engagement; waarde in euro; cash of in natura}.
 */
public final class ClusterCommitments {

  public static final String PROGRAMME_FIELD = ClusterpactProcess.CLUSTER_COMPETITIVENESS_PROGRAMME;
  public static final String PARTNERS_FIELD = ClusterpactProcess.CLUSTER_PARTNER_COMMITMENTS;
  static final int MAX_PARTNERS = 200;

  public enum Kind { ONDERNEMING, KENNISINSTELLING }

  public enum Contribution { CASH, IN_NATURA }

  public record Partner(String name, Kind kind, String enterpriseNumber, String commitment, long valueCents,
      Contribution contribution) {

    Map<String, Object> toVariable() {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("name", name);
      row.put("kind", kind.name());
      row.put("enterpriseNumber", enterpriseNumber);
      row.put("commitment", commitment);
      row.put("valueCents", valueCents);
      row.put("contribution", contribution.name());
      return row;
    }
  }

  public record Commitments(String programme, List<Partner> partners) {

    public long totalCents(Contribution contribution) {
      return partners.stream().filter(p -> p.contribution() == contribution).mapToLong(Partner::valueCents).sum();
    }

    /** JSON-friendly form, stored as process variable {@code clusterCommitments}. */
    public Map<String, Object> toVariable() {
      Map<String, Object> value = new LinkedHashMap<>();
      value.put("competitivenessProgramme", programme);
      value.put("partners", partners.stream().map(Partner::toVariable).toList());
      value.put("cashCents", totalCents(Contribution.CASH));
      value.put("inKindCents", totalCents(Contribution.IN_NATURA));
      return value;
    }

    /** A few Dutch lines for the draft, the ministers and the signatories. */
    public String summary() {
      StringBuilder text = new StringBuilder("Competitiviteitsprogramma van de cluster: ").append(programme)
          .append("\nEngagementen van bedrijven en kennisinstellingen (").append(partners.size()).append(" partners; cash ")
          .append(EuroAmounts.format(totalCents(Contribution.CASH))).append(", in natura ")
          .append(EuroAmounts.format(totalCents(Contribution.IN_NATURA))).append("):");
      for (Partner p : partners) {
        text.append("\n  ").append(p.name()).append(" (").append(p.kind() == Kind.ONDERNEMING ? "onderneming" : "kennisinstelling");
        if (p.enterpriseNumber() != null) {
          text.append(", ").append(p.enterpriseNumber());
        }
        text.append("): ").append(p.commitment()).append(" – ").append(EuroAmounts.format(p.valueCents()))
            .append(p.contribution() == Contribution.CASH ? " cash" : " in natura");
      }
      return text.toString();
    }
  }

  private ClusterCommitments() {}

  public static Commitments parse(Object programme, Object partnerLines) {
    String programmeText = Texts.required(PROGRAMME_FIELD, programme, 4000);
    String lines = Texts.required(PARTNERS_FIELD, partnerLines, 40_000);
    List<Partner> partners = new ArrayList<>();
    int number = 0;
    for (String line : lines.split("\\R")) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      partners.add(partner(line, number));
      if (partners.size() > MAX_PARTNERS) {
        throw new InvalidInputException(PARTNERS_FIELD, "meer dan " + MAX_PARTNERS + " partners");
      }
    }
    boolean companies = partners.stream().anyMatch(p -> p.kind() == Kind.ONDERNEMING);
    boolean institutions = partners.stream().anyMatch(p -> p.kind() == Kind.KENNISINSTELLING);
    if (!companies || !institutions) {
      throw new InvalidInputException(PARTNERS_FIELD,
          "het clusterpact legt de engagementen van zowel ondernemingen als kennisinstellingen vast: geef minstens één van elk");
    }
    return new Commitments(programmeText, List.copyOf(partners));
  }

  private static Partner partner(String line, int number) {
    String[] parts = line.split(";", -1);
    String where = "regel " + number;
    if (parts.length != 6) {
      throw new InvalidInputException(PARTNERS_FIELD, where + ": verwacht 6 delen gescheiden door ';' (naam; soort;"
          + " ondernemingsnummer; engagement; waarde in euro; cash of in natura), kreeg er " + parts.length);
    }
    String name = Texts.required(PARTNERS_FIELD + " (" + where + ", naam)", parts[0], 200);
    Kind kind = kind(parts[1], where);
    String enterprise = enterpriseNumber(parts[2], where);
    String commitment = Texts.required(PARTNERS_FIELD + " (" + where + ", engagement)", parts[3], 1000);
    long value;
    try {
      value = EuroAmounts.requiredCents(PARTNERS_FIELD, parts[4].trim());
    } catch (InvalidInputException e) {
      throw new InvalidInputException(PARTNERS_FIELD, where + ", waarde: " + e.getMessage().substring(e.field().length() + 2));
    }
    return new Partner(name, kind, enterprise, commitment, value, contribution(parts[5], where));
  }

  private static Kind kind(String raw, String where) {
    return switch (raw.trim().toLowerCase(Locale.ROOT)) {
      case "onderneming", "bedrijf" -> Kind.ONDERNEMING;
      case "kennisinstelling", "universiteit", "onderzoeksinstelling" -> Kind.KENNISINSTELLING;
      default -> throw new InvalidInputException(PARTNERS_FIELD,
          where + ", soort: schrijf 'onderneming' of 'kennisinstelling', niet '" + raw.trim() + "'");
    };
  }

  private static Contribution contribution(String raw, String where) {
    return switch (raw.trim().toLowerCase(Locale.ROOT).replace('-', ' ')) {
      case "cash" -> Contribution.CASH;
      case "in natura" -> Contribution.IN_NATURA;
      default -> throw new InvalidInputException(PARTNERS_FIELD,
          where + ": schrijf 'cash' of 'in natura', niet '" + raw.trim() + "'");
    };
  }

  /**
   * An optional Belgian enterprise number (KBO), written {@code 0123.456.749}, {@code 0123456749} or
   * {@code BE0123456749}; kept as {@code 0123.456.749}. The last two digits are 97 minus the first
   * eight modulo 97.
   */
  static String enterpriseNumber(String raw, String where) {
    String compact = raw.trim().toUpperCase(Locale.ROOT).replaceFirst("^BE", "").replaceAll("[.\\s]", "");
    if (compact.isEmpty()) {
      return null;
    }
    if (!compact.matches("[01]\\d{9}")) {
      throw new InvalidInputException(PARTNERS_FIELD, where + ": ondernemingsnummer '" + raw.trim()
          + "' heeft niet de vorm 0123.456.789");
    }
    long first = Long.parseLong(compact.substring(0, 8));
    int check = Integer.parseInt(compact.substring(8));
    if (97 - first % 97 != check) {
      throw new InvalidInputException(PARTNERS_FIELD, where + ": ondernemingsnummer '" + raw.trim()
          + "' bestaat niet (controlegetal klopt niet)");
    }
    return compact.substring(0, 4) + "." + compact.substring(4, 7) + "." + compact.substring(7);
  }
}
