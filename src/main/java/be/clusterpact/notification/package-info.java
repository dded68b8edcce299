/**
 * E-mail notifications: when a user task is created, the members of its candidate groups, its
 * candidate users and its assignee hear about it by e-mail, after the transaction commits, with
 * retries; reminders 30 and 7 days before a task's due date; on only when {@code spring.mail.host} is set.
 */
package be.clusterpact.notification;
