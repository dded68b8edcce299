package be.clusterpact.platform;

import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** The user the authentication filter authenticated for the current API request. */
@Component
public class CurrentUser {

  private final IdentityService identity;

  CurrentUser(IdentityService identity) {
    this.identity = identity;
  }

  /** Refuses the request (403) unless the user belongs to one of the groups. */
  public void requireAnyGroup(Collection<String> groups) {
    Authentication authentication = identity.getCurrentAuthentication();
    List<String> own = authentication == null || authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
    if (own.stream().noneMatch(groups::contains)) {
      throw new ApiException(HttpStatus.FORBIDDEN,
          "Geen toegang: alleen voor de groepen " + String.join(", ", groups) + ".");
    }
  }
}
