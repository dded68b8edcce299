-- Deadline reminders sent (issue 18): one row per task, reminder (30 or 7 days before) and due day, written
-- before the reminder is handed to the mail server. A second run on the same day — a restart, or another
-- node running the same schedule — finds the row and sends nothing; a task whose due date moves gets the
-- reminders of its new date. Rows of due days that have passed are deleted by the next run.
create table cp_mail_reminder_sent (
    task_id     varchar(64) not null,
    days_before integer     not null,
    due_day     date        not null,
    sent_at     timestamp   not null,
    primary key (task_id, days_before, due_day)
);
