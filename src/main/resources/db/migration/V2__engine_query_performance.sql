-- Planner help for the engine's own queries, found by the benchmark (README "Performance",
-- ./mvnw -Pbench verify). Runs after the engine has created its tables
-- (vn.followup.system.EngineSchemaBeforeMigrations). Only adds an index and statistics: no data
-- changes, and Camunda's schema scripts and upgrades stay untouched.

-- Job acquisition asks for jobs that are due ("DUEDATE_ is null or DUEDATE_ <= now"). Without an
-- index it reads the whole job table, and every deadline watch keeps its reminder and deadline
-- timers there for months: with 20,000 future timers one acquisition took 90-190 ms and the job
-- executor drained fewer than 100 jobs per second. With the index it takes well under 1 ms.
create index if not exists followup_job_duedate on act_ru_job (duedate_);

-- Every Tasklist query of an agency's staff joins the task grants (one authorization row per task
-- and candidate agency) on "RESOURCE_ID_ in (task id, definition key, '*')" and filters them on
-- "PERMS_ & 2 = 2" (READ) or "PERMS_ & 64 = 64" (READ_TASK). PostgreSQL cannot estimate those
-- bit tests and expects a handful of rows where there are thousands, and then compares every open
-- task with every grant: 2-6 s per query at 20,000 open tasks. Statistics on the two expressions
-- give it the real numbers, and it looks each task's grant up in the index instead (under 0.2 s).
-- Statistics on expressions need PostgreSQL 14 or later; older servers keep the default plans.
do $$
begin
  if current_setting('server_version_num')::integer >= 140000 then
    execute 'create statistics if not exists followup_authorization_read on (perms_ & 2) from act_ru_authorization';
    execute 'create statistics if not exists followup_authorization_read_task on (perms_ & 64) from act_ru_authorization';
    execute 'analyze act_ru_authorization';
  end if;
end
$$;
