package be.clusterpact.notification;

import be.clusterpact.kernel.InvalidInputException;
import be.clusterpact.web.ApiException;
import be.clusterpact.web.CurrentUser;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Self-service: the logged-in user reads and sets their own {@link MailPreference}
 * ({@code GET} / {@code PUT /api/me/mail-preference}, body {@code {"mail": "per-task" | "digest" | "off"}}).
 * There is no way to name another user: a body naming someone else ({@code userId}) is refused with 403,
 * any other field with 400 naming it. Stored in the user's Camunda user info, whether or not e-mail is
 * configured.
 */
@RestController
@RequestMapping("/api/me/mail-preference")
class MailPreferenceApi {

  static final String USER_ID = "userId";

  private final ProcessEngine engine;
  private final CurrentUser user;

  MailPreferenceApi(ProcessEngine engine, CurrentUser user) {
    this.engine = engine;
    this.user = user;
  }

  /** The user's preference and the values they can choose from. */
  record Preference(String userId, String mail, List<String> choices) {
    static Preference of(String userId, MailPreference preference) {
      return new Preference(userId, preference.value(), Arrays.stream(MailPreference.values()).map(MailPreference::value).toList());
    }
  }

  @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  Preference read() {
    String userId = user.userId();
    return Preference.of(userId, MailPreference.stored(engine.getIdentityService().getUserInfo(userId, MailPreference.USER_INFO_KEY)));
  }

  @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  Preference change(@RequestBody Map<String, Object> body) {
    String userId = user.userId();
    for (Map.Entry<String, Object> field : body.entrySet()) {
      if (field.getKey().equals(USER_ID)) {
        if (!userId.equals(field.getValue())) {
          throw new ApiException(HttpStatus.FORBIDDEN, "Je kunt alleen je eigen e-mailvoorkeur wijzigen.");
        }
      } else if (!field.getKey().equals(MailPreference.FIELD)) {
        throw new InvalidInputException(field.getKey(), "onbekend veld; stuur alleen " + MailPreference.FIELD);
      }
    }
    MailPreference preference = MailPreference.parse(body.get(MailPreference.FIELD));
    engine.getIdentityService().setUserInfo(userId, MailPreference.USER_INFO_KEY, preference.value());
    return Preference.of(userId, preference);
  }
}
