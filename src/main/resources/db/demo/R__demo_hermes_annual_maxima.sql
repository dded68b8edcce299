-- Demo only: annual maxima of earmarked Hermes means so pacts can be approved on the embedded run.
-- In production the maximum is set each year through the process "Jaarplafond Hermesfonds vastleggen".
insert into cp_hermes_year (budget_year, maximum_cents, reduction_basis_cents, maximum_decided_by, maximum_decided_at)
select y.budget_year, 1500000000, 0, 'demo', current_timestamp
from (select 2025 as budget_year union all select 2026 union all select 2027 union all select 2028
      union all select 2029 union all select 2030 union all select 2031) y
where not exists (select 1 from cp_hermes_year m where m.budget_year = y.budget_year);

insert into cp_hermes_ledger_entry (budget_year, kind, amount_cents, step, recorded_by, recorded_at, note)
select m.budget_year, 'MAXIMUM_SET', m.maximum_cents, 'demo-maximum', 'demo', current_timestamp, 'Demogegevens'
from cp_hermes_year m
where m.maximum_decided_by = 'demo'
  and not exists (select 1 from cp_hermes_ledger_entry e where e.budget_year = m.budget_year and e.step = 'demo-maximum');
