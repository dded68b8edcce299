-- Demo only: annual maxima of earmarked Hermes means for last year, this year and next year, as the
-- yearly rhythm leaves them (the maximum of a year is set in the year before). Later years have no
-- maximum yet: pacts reserve and commit them conditionally, in afwachting van het jaarlijkse maximum.
-- In production the maximum is set each year through the process "Jaarplafond Hermesfonds vastleggen".
insert into cp_hermes_year (budget_year, maximum_cents, reduction_basis_cents, maximum_decided_by, maximum_decided_at)
select y.budget_year, 1500000000, 0, 'demo', current_timestamp
from (select cast(extract(year from current_date) as integer) - 1 as budget_year
      union all select cast(extract(year from current_date) as integer)
      union all select cast(extract(year from current_date) as integer) + 1) y
where not exists (select 1 from cp_hermes_year m where m.budget_year = y.budget_year);

insert into cp_hermes_ledger_entry (budget_year, kind, amount_cents, step, recorded_by, recorded_at, note)
select m.budget_year, 'MAXIMUM_SET', m.maximum_cents, 'demo-maximum', 'demo', current_timestamp, 'Demogegevens'
from cp_hermes_year m
where m.maximum_decided_by = 'demo'
  and not exists (select 1 from cp_hermes_ledger_entry e where e.budget_year = m.budget_year and e.step = 'demo-maximum');
