package be.clusterpact.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Integration tests ({@code *IT}, {@code mvn verify}): the whole application on a random port on the
 * PostgreSQL test database ({@link TestDatabase}), with the demo users and pacts switched on ({@code
 * clusterpact.demo.enabled}) and the job executor off. All such tests share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"camunda.bpm.job-execution.enabled=false", "clusterpact.demo.enabled=true",
        "camunda.bpm.generic-properties.properties.enablePasswordPolicy=false"})
@ActiveProfiles({"postgres", "test"})
public @interface PostgresDemoApplicationTest {}
