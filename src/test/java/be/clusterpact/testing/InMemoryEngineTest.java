package be.clusterpact.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Model tests ({@code mvn test}, no PostgreSQL): the whole application with its real beans on an
 * in-memory H2 database of its own (profile {@code memory}), without a web server and with the job
 * executor off, so tests drive timers and async continuations themselves. The process scenarios run
 * here; their {@code *OnPostgresIT} subclasses run them again on PostgreSQL in {@code mvn verify}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = "camunda.bpm.job-execution.enabled=false")
@ActiveProfiles("memory")
public @interface InMemoryEngineTest {}
