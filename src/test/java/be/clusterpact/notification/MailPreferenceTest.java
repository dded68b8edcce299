package be.clusterpact.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.clusterpact.kernel.InvalidInputException;
import org.junit.jupiter.api.Test;

class MailPreferenceTest {

  @Test
  void aStoredValueMeansPerTaskUnlessItIsDigestOrOff() {
    assertThat(MailPreference.stored(null)).isEqualTo(MailPreference.PER_TASK);
    assertThat(MailPreference.stored(" ")).isEqualTo(MailPreference.PER_TASK);
    assertThat(MailPreference.stored("on")).isEqualTo(MailPreference.PER_TASK);
    assertThat(MailPreference.stored("per-task")).isEqualTo(MailPreference.PER_TASK);
    assertThat(MailPreference.stored(" Digest ")).isEqualTo(MailPreference.DIGEST);
    assertThat(MailPreference.stored("OFF")).isEqualTo(MailPreference.OFF);
  }

  @Test
  void aUserChoosesExactlyOneOfTheThreeValues() {
    assertThat(MailPreference.parse("digest")).isEqualTo(MailPreference.DIGEST);
    assertThat(MailPreference.parse(" Per-Task ")).isEqualTo(MailPreference.PER_TASK);
    assertThat(MailPreference.parse("off").value()).isEqualTo("off");
    for (Object bad : new Object[] {"weekly", "on", 1, true}) {
      assertThatThrownBy(() -> MailPreference.parse(bad)).isInstanceOf(InvalidInputException.class)
          .hasMessageStartingWith("mail: kies per-task").extracting("field").isEqualTo("mail");
    }
    for (Object missing : new Object[] {null, "", "  "}) {
      assertThatThrownBy(() -> MailPreference.parse(missing)).isInstanceOf(InvalidInputException.class)
          .hasMessageStartingWith("mail: is verplicht").extracting("field").isEqualTo("mail");
    }
  }
}
