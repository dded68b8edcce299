package be.clusterpact.budget;

import be.clusterpact.process.GroupIds;
import static org.assertj.core.api.Assertions.assertThat;

import be.clusterpact.testing.Http;
import java.net.http.HttpResponse;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** {@code GET /api/hermes/...} over HTTP, authenticated like the REST API. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "camunda.bpm.job-execution.enabled=false")
@ActiveProfiles({"postgres", "test"})
class HermesLedgerApiIT {

  static final String ADMIN = "admin:it-Beheer-Geheim-42";

  @LocalServerPort int port;
  @Autowired HermesLedger ledger;
  @Autowired IdentityService identity;


  @BeforeEach
  void setUp() {
    user("fund.manager", GroupIds.HERMES_FUND_MANAGER);
    user("fit.reader", "agency-fit");
  }

  @Test
  void aYearShowsItsMaximumCommittedProvisionalAndAvailableInExactAmounts() throws Exception {
    ledger.setMaximum(new LedgerStep(null, null, "test-maximum", "test"), 2090, 1_000_000_001L);
    ledger.reserve(new LedgerStep("api-pi-1", "CP-API-2089", "reservation-1", "test"),
        new EarmarkPlan(List.of(new EarmarkPlan.YearAmount(2090, 250_000_050L))));
    ledger.commit(new LedgerStep("api-pi-1", "CP-API-2089", "commitment", "test"));
    ledger.reserve(new LedgerStep("api-pi-2", "CP-API2-2089", "reservation-1", "test"),
        new EarmarkPlan(List.of(new EarmarkPlan.YearAmount(2090, 100_000_000L))));

    HttpResponse<String> year = get("/api/hermes/years/2090", "fund.manager:Demo-Pass-1");
    assertThat(year.statusCode()).isEqualTo(200);
    assertThat(year.body())
        .contains("\"year\":2090")
        .contains("\"maximum\":{\"cents\":1000000001,\"euro\":10000000.01}")
        .contains("\"committed\":{\"cents\":250000050,\"euro\":2500000.50}")
        .contains("\"provisional\":{\"cents\":100000000,\"euro\":1000000.00}")
        .contains("\"available\":{\"cents\":649999951,\"euro\":6499999.51}")
        .contains("\"overcommitted\":false");

    HttpResponse<String> pact = get("/api/hermes/pacts/CP-API-2089", ADMIN);
    assertThat(pact.statusCode()).isEqualTo(200);
    assertThat(pact.body()).contains("\"businessKey\":\"CP-API-2089\"")
        .contains("\"kind\":\"RESERVATION\"").contains("\"kind\":\"COMMITMENT\"")
        .contains("\"label\":\"Voorwaardelijk vastgelegd\"").contains("\"processInstanceId\":\"api-pi-1\"")
        .contains("\"years\":[{\"year\":2090,\"conditional\":false,\"provisional\":{\"cents\":0,\"euro\":0.00},"
            + "\"committed\":{\"cents\":250000050")
        .contains("\"conditional\":false,\"processInstanceId\":\"api-pi-1\"");
  }

  @Test
  void aYearWithoutMaximumAnswersWithWhatItHoldsConditionally() throws Exception {
    ledger.reserve(new LedgerStep("api-pi-3", "CP-API3-2091", "reservation-1", "test"),
        new EarmarkPlan(List.of(new EarmarkPlan.YearAmount(2092, 30_000_000L), new EarmarkPlan.YearAmount(2093, 10_000_000L))));
    ledger.commit(new LedgerStep("api-pi-3", "CP-API3-2091", "commitment", "test"));

    HttpResponse<String> year = get("/api/hermes/years/2092", "fund.manager:Demo-Pass-1");
    assertThat(year.statusCode()).isEqualTo(200);
    assertThat(year.body()).contains("\"year\":2092", "\"maximum\":null", "\"maximumSet\":false", "\"conditional\":true",
        "\"status\":\"Voorwaardelijk: in afwachting van het jaarlijkse maximum\"",
        "\"committed\":{\"cents\":30000000,\"euro\":300000.00}", "\"available\":null", "\"overcommitted\":false");

    HttpResponse<String> pact = get("/api/hermes/pacts/CP-API3-2091", ADMIN);
    assertThat(pact.body()).contains("{\"year\":2092,\"conditional\":true,", "{\"year\":2093,\"conditional\":true,",
        "\"label\":\"Voorwaardelijk vastgelegd (in afwachting van het jaarlijkse maximum)\",\"amount\":{\"cents\":30000000,"
            + "\"euro\":300000.00},\"conditional\":true");

    ledger.setMaximum(new LedgerStep(null, null, "test-maximum", "test"), 2092, 20_000_000L);
    assertThat(get("/api/hermes/years/2092", ADMIN).body()).contains("\"maximumSet\":true", "\"conditional\":false",
        "\"available\":{\"cents\":-10000000,\"euro\":-100000.00}", "\"overcommitted\":true",
        "\"status\":\"Maximum overschreden: beslissing van het Hermesbeslissingscomité nodig\"");
    assertThat(get("/api/hermes/pacts/CP-API3-2091", ADMIN).body())
        .as("the year is no longer conditional; its entries stay marked as booked without maximum")
        .contains("{\"year\":2092,\"conditional\":false,", "{\"year\":2093,\"conditional\":true,")
        .doesNotContain("\"conditional\":false,\"processInstanceId\":\"api-pi-3\"");
  }

  @Test
  void theFundAtAGlanceListsEveryYearWithItsConditionalAndFinalCommitmentsAndThePactsBehindThem() throws Exception {
    ledger.setMaximum(new LedgerStep(null, null, "test-maximum", "test"), 2068, 500_000_000L);
    ledger.reserve(new LedgerStep("api-pi-4", "CP-GLANCE-2067", "reservation-1", "test"), new EarmarkPlan(List.of(
        new EarmarkPlan.YearAmount(2068, 40_000_000L), new EarmarkPlan.YearAmount(2069, 20_000_000L))));
    ledger.commit(new LedgerStep("api-pi-4", "CP-GLANCE-2067", "commitment", "test"));
    ledger.releaseTranche(new LedgerStep("api-pi-4", "CP-GLANCE-2067", "tranche-2068", "test"), 2068);
    ledger.reserve(new LedgerStep("api-pi-5", "CP-GLANCE2-2067", "reservation-1", "test"),
        new EarmarkPlan(List.of(new EarmarkPlan.YearAmount(2068, 10_000_000L))));

    HttpResponse<String> years = get("/api/hermes/years", "fund.manager:Demo-Pass-1");

    assertThat(years.statusCode()).isEqualTo(200);
    var list = org.camunda.spin.Spin.JSON(years.body()).elements();
    assertThat(list).extracting(y -> y.prop("year").numberValue().intValue()).isSorted().contains(2068, 2069);
    String yFirst = list.stream().filter(y -> y.prop("year").numberValue().intValue() == 2068).findFirst().orElseThrow().toString();
    assertThat(yFirst).contains("\"maximum\":{\"cents\":500000000,", "\"provisional\":{\"cents\":10000000,",
        "\"committedConditional\":{\"cents\":0,", "\"committedFinal\":{\"cents\":40000000,",
        "\"released\":{\"cents\":40000000,", "\"available\":{\"cents\":450000000,",
        "{\"businessKey\":\"CP-GLANCE-2067\",\"conditional\":false,\"provisional\":{\"cents\":0,",
        "\"committed\":{\"cents\":40000000,\"euro\":400000.0},\"released\":{\"cents\":40000000,\"euro\":400000.0}},"
            + "{\"businessKey\":\"CP-GLANCE2-2067\",",
        "{\"businessKey\":\"CP-GLANCE2-2067\",\"conditional\":false,\"provisional\":{\"cents\":10000000,");
    String ySecond = list.stream().filter(y -> y.prop("year").numberValue().intValue() == 2069).findFirst().orElseThrow().toString();
    assertThat(ySecond).contains("\"maximum\":null", "\"conditional\":true", "\"available\":null",
        "\"committedConditional\":{\"cents\":20000000,", "\"committedFinal\":{\"cents\":0,",
        "{\"businessKey\":\"CP-GLANCE-2067\",\"conditional\":true,");

    assertThat(get("/api/hermes/years", "fit.reader:Demo-Pass-1").statusCode()).isEqualTo(403);
    assertThat(get("/api/hermes/years", null).statusCode()).isEqualTo(401);
  }

  @Test
  void unknownYearOrPactIsNotFoundAndABadYearIsABadRequestNamingTheField() throws Exception {
    HttpResponse<String> none = get("/api/hermes/years/2099", ADMIN);
    assertThat(none.statusCode()).isEqualTo(404);
    assertThat(none.body()).contains("Voor 2099 is nog geen maximum").contains("nog niets gereserveerd");
    assertThat(get("/api/hermes/pacts/CP-NOBODY-2020", ADMIN).statusCode()).isEqualTo(404);

    HttpResponse<String> bad = get("/api/hermes/years/volgend-jaar", ADMIN);
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("\"field\":\"year\"");
    assertThat(get("/api/hermes/years/1900", ADMIN).body()).contains("\"field\":\"year\"").contains("niet tussen 2016 en 2100");
  }

  @Test
  void anonymousCallersAreUnauthorisedAndOtherRolesForbidden() throws Exception {
    assertThat(get("/api/hermes/years/2090", null).statusCode()).isEqualTo(401);
    assertThat(get("/api/hermes/years/2090", "nobody.at.all:wrong").statusCode()).isEqualTo(401);
    HttpResponse<String> fit = get("/api/hermes/years/2090", "fit.reader:Demo-Pass-1");
    assertThat(fit.statusCode()).isEqualTo(403);
    assertThat(fit.body()).contains("Geen toegang");
  }

  private void user(String id, String group) {
    if (identity.createUserQuery().userId(id).count() == 0) {
      User user = identity.newUser(id);
      user.setFirstName(id);
      user.setLastName("Test");
      user.setPassword("Demo-Pass-1");
      identity.saveUser(user);
    }
    if (identity.createGroupQuery().groupId(group).count() == 0) {
      var g = identity.newGroup(group);
      g.setName(group);
      g.setType("WORKFLOW");
      identity.saveGroup(g);
    }
    if (identity.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
      identity.createMembership(id, group);
    }
  }

  private HttpResponse<String> get(String path, String credentials) throws Exception {
    return Http.get(port, path, credentials);
  }

}
