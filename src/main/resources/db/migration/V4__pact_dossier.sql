-- One clusterpact per cluster and support-decision year: the business key is registered in the same
-- transaction that starts the pact, so a second start (also at the same moment) is refused.
create table cp_pact_dossier (
    business_key        varchar(255) not null primary key,
    process_instance_id varchar(64)  not null,
    cluster_name        varchar(255) not null,
    registered_at       timestamp    not null
);
