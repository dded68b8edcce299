-- Daily e-mail digest (issue 18). A task that arrives for a user whose e-mail preference is "digest"
-- (Camunda user info clusterpact.mail) is queued here, one row per user and task, in the transaction
-- that creates the task: work that rolls back queues nothing. The daily digest locks the rows it finds
-- (select ... for update), deletes them and mails them after its own commit, so a restart loses
-- nothing and two nodes running the digest at the same moment never mail the same row twice.
create table cp_mail_digest_entry (
    user_id   varchar(255) not null,
    task_id   varchar(64)  not null,
    queued_at timestamp    not null,
    primary key (user_id, task_id)
);
