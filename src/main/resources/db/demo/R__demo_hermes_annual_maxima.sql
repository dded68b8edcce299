-- Demo only: annual maxima of earmarked Hermes means so pacts can be approved on the embedded run.
insert into cp_hermes_annual_maximum (budget_year, maximum_cents, decided_by, decided_at)
select y.budget_year, 1500000000, 'demo', current_timestamp
from (select 2025 as budget_year union all select 2026 union all select 2027 union all select 2028
      union all select 2029 union all select 2030 union all select 2031) y
where not exists (select 1 from cp_hermes_annual_maximum m where m.budget_year = y.budget_year);
