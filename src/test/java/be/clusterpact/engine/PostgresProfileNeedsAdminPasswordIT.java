package be.clusterpact.engine;

import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.clusterpact.ClusterpactApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

class PostgresProfileNeedsAdminPasswordIT {

  @Test
  void refusesToStartWithoutAnAdministratorPassword() {
    assertThatThrownBy(() -> new SpringApplicationBuilder(ClusterpactApplication.class)
            .web(WebApplicationType.NONE)
            .profiles("postgres")
            .run("--CLUSTERPACT_DB_URL=jdbc:postgresql://127.0.0.1:5432/test",
                "--CLUSTERPACT_DB_USER=postgres", "--CLUSTERPACT_ADMIN_PASSWORD="))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("CLUSTERPACT_ADMIN_PASSWORD");
  }

  @Test
  void theEmbeddedDemoRunNeedsNoPassword() {
    var environment = new org.springframework.core.env.StandardEnvironment();
    environment.setActiveProfiles("demo");
    assertThatNoException().isThrownBy(() -> new AdminPasswordGuard().postProcessEnvironment(environment, null));
  }
}
