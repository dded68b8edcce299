package be.clusterpact.testing;

import static be.clusterpact.process.ClusterpactProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import be.clusterpact.process.ClusterpactAnswers;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.json.SpinJsonNode;

/** Drives a clusterpact over {@code /engine-rest} as its roles' outside clients do, each task by its own user. */
public class PactsOverRest {

  private final EngineRest rest;
  private final Pacts pacts;

  public PactsOverRest(EngineRest rest, Pacts pacts) {
    this.rest = rest;
    this.pacts = pacts;
  }

  /**
   * The user finds the one task of {@code taskKey} in the process, claims it when {@code claimFirst} (else
   * completes it unclaimed), and completes it with the answers; returns the task's ID.
   */
  public String complete(ProcessInstance process, String taskKey, String user, Map<String, Object> answers, boolean claimFirst) {
    SpinJsonNode tasks = rest.json("/engine-rest/task?processInstanceId=" + process.getId() + "&taskDefinitionKey=" + taskKey, user);
    assertThat(tasks.elements()).as(user + " sees " + taskKey).hasSize(1);
    String id = tasks.elements().get(0).prop("id").stringValue();
    if (claimFirst) {
      assertThat(rest.post("/engine-rest/task/" + id + "/claim", user, "{\"userId\":\"" + user + "\"}").statusCode()).isEqualTo(204);
    }
    HttpResponse<String> done = rest.post("/engine-rest/task/" + id + "/complete", user, variables(answers));
    assertThat(done.statusCode()).as(taskKey + ": " + done.body()).isEqualTo(204);
    return id;
  }

  /**
   * The committee selects the cluster-specific theme "Slimme logistiek" and no further agencies; FIT, WSE
   * (without budget), the research groups, the transition contribution (the demo's cluster team and
   * agencies) and the cluster organisation ({@code clusterContact}) record theirs. Returns task ID → user.
   */
  public Map<String, String> negotiateWithoutAgencies(ProcessInstance pact, String clusterContact, boolean claimFirst) {
    Map<String, String> completedBy = new java.util.LinkedHashMap<>();
    completedBy.put(complete(pact, TASK_SELECT_THEMES_AND_AGENCIES, "comite.demo",
        ClusterpactAnswers.themesAndAgencies("Slimme logistiek", List.of()), claimFirst), "comite.demo");
    completedBy.put(complete(pact, TASK_ALIGN_WITH_FIT, "fit.demo", ClusterpactAnswers.fitAlignment(false, "0"), claimFirst), "fit.demo");
    completedBy.put(complete(pact, TASK_ALIGN_WITH_WSE, "wse.demo", ClusterpactAnswers.wseAlignment("0"), claimFirst), "wse.demo");
    completedBy.put(complete(pact, TASK_AGREE_WITH_RESEARCH_GROUPS, "cluster.demo", ClusterpactAnswers.researchGroups(), claimFirst),
        "cluster.demo");
    completedBy.put(complete(pact, TASK_RECORD_TRANSITION_CONTRIBUTION, "cluster.demo",
        ClusterpactAnswers.transitionContribution(), claimFirst), "cluster.demo");
    completedBy.put(complete(pact, TASK_RECORD_CLUSTER_COMMITMENTS, clusterContact, ClusterpactAnswers.clusterCommitments(),
        claimFirst), clusterContact);
    pacts.runAsyncJobs(pact);
    return completedBy;
  }

  /** The body of a start or completion: the answers as typed REST variables. */
  public static String variables(Map<String, Object> answers) {
    return "{\"variables\":" + RestVariables.json(answers) + "}";
  }
}
