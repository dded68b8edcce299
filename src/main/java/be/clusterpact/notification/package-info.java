/**
 * E-mail notifications: when a user task is created, the members of its candidate groups, its
 * candidate users and its assignee hear about it by e-mail, after the transaction commits, with
 * retries; on only when {@code spring.mail.host} is set.
 */
package be.clusterpact.notification;
