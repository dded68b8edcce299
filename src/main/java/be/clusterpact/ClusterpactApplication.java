package be.clusterpact;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Camunda 7 deployment that runs the clusterpact negotiation of the Flemish spearhead clusters. */
@SpringBootApplication
public class ClusterpactApplication {

  public static void main(String[] args) {
    SpringApplication.run(ClusterpactApplication.class, args);
  }
}
