-- Conditional years of the Hermes fund ledger.
--
-- The earmarked means are a conditional commitment for three years, while the maximum is set every
-- year: a pact may reserve and commit amounts for a year whose maximum is not set yet. Such a year
-- has a row in cp_hermes_year without maximum (maximum_cents, maximum_decided_by and
-- maximum_decided_at all null); everything it holds is conditional, "in afwachting van het
-- jaarlijkse maximum". When the maximum is set, the year's provisional + committed amounts are the
-- reduction basis; if they exceed the maximum, the year is overcommitted and every pact's tranche
-- follow-up asks the Hermes decision committee to reduce, keep or stop.
--
-- cp_hermes_ledger_entry.conditional records that an entry was booked while its year had no maximum.
-- Existing rows all have a maximum and existing entries were all checked against one.

alter table cp_hermes_year alter column maximum_cents drop not null;
alter table cp_hermes_year alter column maximum_decided_by drop not null;
alter table cp_hermes_year alter column maximum_decided_at drop not null;

-- A maximum is always set with who decided it and when, or not at all.
alter table cp_hermes_year add constraint cp_hermes_year_maximum_decided check (
    (maximum_cents is null and maximum_decided_by is null and maximum_decided_at is null)
    or (maximum_cents is not null and maximum_decided_by is not null and maximum_decided_at is not null));
-- Without a maximum there is nothing to reduce from, and no tranche is paid out of such a year.
alter table cp_hermes_year add constraint cp_hermes_year_conditional_year check (
    maximum_cents is not null or (reduction_basis_cents = 0 and released_cents = 0));

alter table cp_hermes_ledger_entry add column conditional boolean default false not null;
-- Setting a maximum is never conditional.
alter table cp_hermes_ledger_entry add constraint cp_hermes_ledger_entry_maximum_not_conditional check (
    conditional = false or kind <> 'MAXIMUM_SET');
