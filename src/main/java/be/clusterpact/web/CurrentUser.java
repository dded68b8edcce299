package be.clusterpact.web;

import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The user the authentication filter authenticated for the current API request. The filter sets it on
 * the engine the REST API addresses (looked up like Camunda's REST resources do), so it is read there.
 */
@Component
public class CurrentUser {

  /** The authenticated user's ID (401 when there is none, which the authentication filter already prevents). */
  public String userId() {
    Authentication authentication = authentication();
    if (authentication == null || authentication.getUserId() == null) {
      throw new ApiException(HttpStatus.UNAUTHORIZED, "Niet aangemeld.");
    }
    return authentication.getUserId();
  }

  /** Refuses the request (403) unless the user belongs to one of the groups. */
  public void requireAnyGroup(Collection<String> groups) {
    List<String> own = groupIds();
    if (own.stream().noneMatch(groups::contains)) {
      throw new ApiException(HttpStatus.FORBIDDEN,
          "Geen toegang: alleen voor de groepen " + String.join(", ", groups) + ".");
    }
  }

  /** The authenticated user's groups; none when nobody is authenticated. */
  public List<String> groupIds() {
    Authentication authentication = authentication();
    return authentication == null || authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
  }

  private static Authentication authentication() {
    IdentityService identity = EngineUtil.lookupProcessEngine(null).getIdentityService();
    return identity.getCurrentAuthentication();
  }
}
