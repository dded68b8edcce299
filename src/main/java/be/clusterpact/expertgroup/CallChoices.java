package be.clusterpact.expertgroup;

import be.clusterpact.process.EuExpertGroupApplicationProcess;
import be.clusterpact.kernel.Dates;
import be.clusterpact.kernel.InvalidInputException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The call an application is for is picked from the open calls, not typed: the application's start
 * form ({@code Form_ApplyForEuExpertGroup}) gets the open calls as the options of its select {@code
 * callBusinessKey} (label: title and deadline; value: the call's business key), and a submitted key is
 * accepted only for a call that exists and still accepts applications.
 */
public final class CallChoices {

  /** The form whose select lists the open calls. */
  public static final String FORM_ID = "Form_ApplyForEuExpertGroup";
  public static final String FIELD = EuExpertGroupApplicationProcess.CALL_BUSINESS_KEY;
  static final String NO_OPEN_CALL = "Er is op dit moment geen open oproep: een kandidatuur kan pas geregistreerd worden"
      + " nadat de EU-desk een oproep registreerde (Oproep voor een EU-expertengroep geregistreerd) en zolang haar"
      + " deadline niet verstreken is.";
  private static final ObjectMapper JSON = new ObjectMapper();

  private CallChoices() {}

  /** The option text, e.g. {@code Cluster-expertengroep – deadline 30 september 2019}. */
  public static String label(ExpertGroupCall call) {
    return call.title() + " – deadline " + Dates.dutch(call.applicationDeadline());
  }

  /**
   * The deployed form as the user gets it: for the application's start form, the select {@code
   * callBusinessKey} lists the open calls (none: an empty list and a Dutch explanation); any other form
   * comes back unchanged, and the calls are then not read.
   */
  public static byte[] fill(byte[] form, Supplier<List<ExpertGroupCall>> openCalls) {
    JsonNode root;
    try {
      root = JSON.readTree(form);
    } catch (IOException notJson) {
      return form; // an HTML or other form: not ours
    }
    if (root == null || !FORM_ID.equals(root.path("id").asText()) || !(root.get("components") instanceof ArrayNode components)) {
      return form;
    }
    for (JsonNode component : components) {
      if (component instanceof ObjectNode field && FIELD.equals(field.path("key").asText())) {
        List<ExpertGroupCall> calls = openCalls.get();
        ArrayNode values = field.putArray("values");
        calls.forEach(call -> values.addObject().put("label", label(call)).put("value", call.key()));
        if (calls.isEmpty()) {
          field.put("description", NO_OPEN_CALL);
        }
        try {
          return JSON.writeValueAsBytes(root);
        } catch (IOException e) {
          throw new IllegalStateException("Form " + FORM_ID + " cannot be written", e);
        }
      }
    }
    return form;
  }

  /**
   * The call a submitted key names, if it accepts applications at {@code now}; otherwise a 400 naming
   * {@code callBusinessKey}: a REST client that skips the form is refused like the form's user.
   */
  public static ExpertGroupCall chosen(String key, Optional<ExpertGroupCall> call, Instant now) {
    ExpertGroupCall found = call.orElseThrow(() -> new InvalidInputException(FIELD,
        "onbekende oproep '" + key + "'; kies een open oproep uit de lijst"));
    if (!found.acceptsApplicationsAt(now)) {
      throw new InvalidInputException(FIELD, "de oproep '" + found.title() + "' (deadline "
          + Dates.dutch(found.applicationDeadline()) + ") is afgesloten en aanvaardt geen kandidaturen meer;"
          + " kies een open oproep uit de lijst");
    }
    return found;
  }
}
