-- Calls for an EU expert group run by the EU desk, with the seats per kind the call states and the
-- seats taken so far. Seat decisions lock the call's row; the checks below are the last line of defence.
create table cp_eu_expert_group_call (
    call_key               varchar(120) not null primary key,
    title                  varchar(200) not null,
    total_seats            integer      not null,
    public_body_seats      integer      not null,
    individual_seats       integer      not null,
    application_deadline   date         not null,
    mandate_end            date         not null,
    status                 varchar(20)  not null,
    public_bodies_selected integer      not null default 0,
    individuals_selected   integer      not null default 0,
    registered_at          timestamp    not null,
    constraint cp_eu_expert_group_call_status check (status in ('OPEN', 'CLOSED', 'CONFIRMED')),
    constraint cp_eu_expert_group_call_quotas check (total_seats > 0 and public_body_seats >= 0 and individual_seats >= 0),
    constraint cp_eu_expert_group_call_public_quota check (public_bodies_selected between 0 and public_body_seats),
    constraint cp_eu_expert_group_call_individual_quota check (individuals_selected between 0 and individual_seats),
    constraint cp_eu_expert_group_call_total_quota check (public_bodies_selected + individuals_selected <= total_seats),
    constraint cp_eu_expert_group_call_mandate check (mandate_end > application_deadline)
);

-- One row per seat taken; an application holds at most one seat.
create table cp_eu_expert_group_member (
    call_key          varchar(120) not null references cp_eu_expert_group_call (call_key),
    application_id    varchar(64)  not null,
    applicant_kind    varchar(20)  not null,
    applicant_name    varchar(200) not null,
    applicant_country varchar(2)   not null,
    selected_at       timestamp    not null,
    primary key (call_key, application_id),
    constraint cp_eu_expert_group_member_kind check (applicant_kind in ('PUBLIC_BODY', 'INDIVIDUAL'))
);
