package be.clusterpact.dossier;

import be.clusterpact.process.GroupIds;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Who may read a pact's dossier: the roles that worked on it (a candidate group of one of its tasks, or the
 * user who started, claimed or completed one), the Hermes committee, the fund manager and administrators.
 * Engine-free.
 */
public final class PactReaders {

  /** Read every pact's dossier. */
  public static final List<String> ALWAYS = List.of(GroupIds.ADMINISTRATORS, GroupIds.HERMES_COMMITTEE,
      GroupIds.HERMES_FUND_MANAGER);

  private PactReaders() {}

  /** Reads every pact's dossier, also learning which business keys have none. */
  public static boolean readsEveryPact(Collection<String> userGroups) {
    return userGroups.stream().anyMatch(ALWAYS::contains);
  }

  /**
   * @param workers the groups and the users that worked on the pact
   */
  public static boolean mayRead(String userId, Collection<String> userGroups, Workers workers) {
    return readsEveryPact(userGroups) || userGroups.stream().anyMatch(workers.groups()::contains)
        || (userId != null && workers.users().contains(userId));
  }

  /** The candidate groups of the pact's tasks and the users who started, claimed or completed them. */
  public record Workers(Set<String> groups, Set<String> users) {
    public Workers {
      groups = Set.copyOf(groups);
      users = Set.copyOf(users);
    }
  }
}
