package be.clusterpact.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a test's SMTP server (GreenMail) received, read per pact (cluster name in the subject) and per task link. */
record ReceivedMails(GreenMail smtp, Pattern taskLink) {

  ReceivedMails(GreenMail smtp, String tasklistBaseUrl) {
    this(smtp, Pattern.compile(Pattern.quote(tasklistBaseUrl + "/camunda/app/tasklist/default/#/?task=") + "(\\S+)"));
  }

  /** Per task ID, the addresses of the "Nieuwe taak" e-mails about the pact of this cluster. */
  Map<String, Set<String>> about(String cluster) {
    return about(cluster, "Nieuwe taak: ");
  }

  Map<String, Set<String>> about(String cluster, String subjectPrefix) {
    Map<String, Set<String>> mails = new TreeMap<>();
    for (MimeMessage mail : of(cluster)) {
      if (!subject(mail).startsWith(subjectPrefix)) {
        continue;
      }
      Matcher link = taskLink.matcher(text(mail));
      assertThat(link.find()).as("task link in %s", text(mail)).isTrue();
      for (Address to : recipients(mail)) {
        assertThat(mails.computeIfAbsent(link.group(1), id -> new TreeSet<>()).add(to.toString()))
            .as("one e-mail per task to %s", to).isTrue();
      }
    }
    return mails;
  }

  /** The e-mails whose subject ends with the cluster's name (the task mails and reminders of its pact). */
  List<MimeMessage> of(String cluster) {
    return all().stream().filter(mail -> subject(mail).endsWith("– " + cluster)).toList();
  }

  /** The e-mails to this address whose subject starts with the prefix. */
  List<MimeMessage> to(String address, String subjectPrefix) {
    return all().stream().filter(mail -> subject(mail).startsWith(subjectPrefix)
        && Arrays.stream(recipients(mail)).anyMatch(to -> to.toString().equals(address))).toList();
  }

  List<MimeMessage> all() {
    return List.of(smtp.getReceivedMessages());
  }

  static String subject(MimeMessage mail) {
    try {
      return mail.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The text with the line ends as written ({@code \n}; SMTP carries them as {@code \r\n}). */
  static String text(MimeMessage mail) {
    try {
      return mail.getContent().toString().replace("\r\n", "\n");
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static Address[] recipients(MimeMessage mail) {
    try {
      return mail.getRecipients(Message.RecipientType.TO);
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
