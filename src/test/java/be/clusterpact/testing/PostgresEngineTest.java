package be.clusterpact.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Integration tests ({@code *IT}, {@code mvn verify}): the application on the PostgreSQL test database
 * ({@link TestDatabase}) without a web server and with the job executor off, so tests drive timers and
 * async continuations themselves. All such tests share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = "camunda.bpm.job-execution.enabled=false")
@ActiveProfiles(value = {"postgres", "test"}, inheritProfiles = false)
public @interface PostgresEngineTest {}
