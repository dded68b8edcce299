-- The maximum of earmarked Hermes means, set every year (one row per budget year).
create table cp_hermes_annual_maximum (
    budget_year   integer      not null primary key,
    maximum_cents bigint       not null,
    decided_by    varchar(255) not null,
    decided_at    timestamp    not null,
    constraint cp_hermes_annual_maximum_non_negative check (maximum_cents >= 0)
);
