package be.clusterpact.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The results: every figure in {@code results.json}, the headline figures as a Markdown table. */
final class BenchReport {

  private record Row(String measure, String value, String note) {}

  private final Map<String, Object> json = new LinkedHashMap<>();
  private final List<Row> rows = new ArrayList<>();
  private final List<String> header = new ArrayList<>();

  /** A figure in the JSON file only; {@code path} is dotted, e.g. {@code "lifecycleJava.seconds"}. */
  void put(String path, Object value) {
    Map<String, Object> node = json;
    String[] parts = path.split("\\.");
    for (int i = 0; i < parts.length - 1; i++) {
      @SuppressWarnings("unchecked")
      Map<String, Object> child = (Map<String, Object>) node.computeIfAbsent(parts[i], key -> new LinkedHashMap<>());
      node = child;
    }
    node.put(parts[parts.length - 1], value instanceof Double d ? round(d) : value);
  }

  /** A figure in both files. */
  void row(String path, String measure, Object value, String unit, String note) {
    put(path, value);
    rows.add(new Row(measure, format(value) + (unit.isEmpty() ? "" : " " + unit), note));
  }

  /** A line above the table (command, machine). */
  void header(String line) {
    header.add(line);
  }

  String markdown() {
    StringBuilder md = new StringBuilder();
    header.forEach(line -> md.append(line).append("\n"));
    md.append("\n| measure | value | note |\n|---|---:|---|\n");
    rows.forEach(row -> md.append("| ").append(row.measure()).append(" | ").append(row.value()).append(" | ")
        .append(row.note()).append(" |\n"));
    return md.toString();
  }

  void write(Path directory) throws IOException {
    Files.createDirectories(directory);
    Files.writeString(directory.resolve("results.md"), markdown());
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(directory.resolve("results.json").toFile(), json);
  }

  private static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }

  private static String format(Object value) {
    if (value instanceof Double d) {
      return Math.abs(d) >= 100 ? String.format(Locale.ROOT, "%,.0f", d)
          : Math.abs(d) >= 10 ? String.format(Locale.ROOT, "%.1f", d) : String.format(Locale.ROOT, "%.2f", d);
    }
    if (value instanceof Number n) {
      return String.format(Locale.ROOT, "%,d", n.longValue());
    }
    return String.valueOf(value);
  }
}
