package be.clusterpact.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a process owner may write in an expression, and what an attacker may not. */
class ModelExpressionsTest {

  final ModelExpressions expressions = new ModelExpressions(Set.of("hermesCalendar", "negotiationGroups",
      "recordCompletingUser"));

  @ParameterizedTest
  @ValueSource(strings = {
      "${firstYearDeadline}",
      "cabinet-${ministerCabinet}",
      "agency-${agencyCode}-${x}",
      "${deadlineDecision == 'STOP'}",
      "${deadlineDecision == \"EXTEND\"}",
      "${loweredMaximumDecision != 'STOP'}",
      "${!pactRejected}",
      "${a and b}",
      "${a && !b || not c}",
      "${amount >= 5000 ? 'hoog' : 'laag'}",
      "${empty additionalAgencies}",
      "${x == null or x eq 'a}b'}",
      "${(a || b) && c}",
      "${recordCompletingUser}",
      "${execution}",
      "#{execution.processBusinessKey}",
      "${execution.processInstanceId}",
      "${hermesCalendar.startOfYear(trancheYear)}",
      "${negotiationGroups.agency(agencyCode)}",
      "agency-${negotiationGroups.agency(agencyCode)}",
      "${negotiationGroups.cluster(clusterName, 'VIL', 3, -1, true, null)}",
      "${negotiationGroups.all()}",
      "Gewone tekst zonder expressie"})
  void allowed(String text) {
    assertThat(expressions.problem(text)).as(text).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "${execution.getProcessEngineServices().getIdentityService().createMembership('eigenaar.demo','camunda-admin')}",
      "${''.getClass().forName('java.lang.System').getMethod('exit', ''.getClass()).invoke(null, 1)}",
      "${execution.processEngineServices.identityService}",
      "${execution.getProcessBusinessKey()}",
      "${execution.processBusinessKey.length()}",
      "${execution.setVariable('pactRejected', true)}",
      "${task.delete()}",
      "${task.execution}",
      "${agencyCode.toLowerCase()}",
      "agency-${agencyCode.toLowerCase()}",
      "${x.class}",
      "${(execution).getProcessEngineServices()}",
      "${T(java.lang.System).exit(1)}",
      "${fn:exit(1)}",
      "${exit(1)}",
      "${a[0]}",
      "${a['class']}",
      "${hermesCalendar.getClass()}",
      "${hermesCalendar.getClass().forName('java.lang.Runtime')}",
      "${hermesCalendar.startOfYear(trancheYear).time}",
      "${hermesCalendar.startOfYear(trancheYear).getClass()}",
      "${hermesCalendar.startOfYear(x.y)}",
      "${hermesCalendar.startOfYear(execution.getProcessEngineServices())}",
      "${hermesCalendar.startOfYear(now())}",
      "${hermesCalendar.startOfYear(a + 1)}",
      "${hermesCalendar.startOfYear}",
      "${dataSource.connection}",
      "${unknownBean.run()}",
      "${x = 1}",
      "${x += 1}",
      "${(x -> x.getClass())(1)}",
      "${{1, 2}}",
      "${a; b}",
      "${}",
      "${a b}",
      "${'open",
      "${firstYearDeadline",
      "ok ${a} then ${b.c()}",
      "#{''.class.forName('java.lang.System')}"})
  void refused(String text) {
    assertThat(expressions.problem(text)).as(text).isPresent();
  }

  @ParameterizedTest
  @ValueSource(strings = {"${execution.getProcessEngineServices()}", "${agencyCode.toLowerCase()}"})
  void theRefusalNamesTheExpressionAndWhatIsWrong(String text) {
    assertThat(expressions.problem(text)).hasValueSatisfying(problem ->
        assertThat(problem).startsWith(text).contains("eigenschap of methode van"));
  }
}
