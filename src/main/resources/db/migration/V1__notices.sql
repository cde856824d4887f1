-- Registered conclusion notices and their items. The engine's own tables (ACT_*) hold the work;
-- these hold the notice as registered, so that a notice exists once and answers GET /api/notices.

create table followup_notice (
    id              varchar(100) primary key,
    number          varchar(20),
    symbol          varchar(50)  not null,
    notice_date     date,
    issuer          varchar(64)  not null,
    summary         varchar(500) not null,
    document        text         not null,
    registered_at   timestamptz  not null default now(),
    registered_by   varchar(64),
    numbered_at     timestamptz,
    -- Demo only: days every deadline was moved by (see DemoShift); 0 for real notices.
    deadline_shift_days integer not null default 0
);

-- One notice per issuer, number, symbol and year: a retried or repeated registration is refused.
create unique index ux_followup_notice_number
    on followup_notice (issuer, symbol, number, (extract(year from notice_date)))
    where number is not null;

create table followup_item (
    notice_id       varchar(100) not null references followup_notice (id),
    number          varchar(20)  not null,
    business_key    varchar(130) not null unique,
    kind            varchar(20)  not null,
    lead_agency     varchar(64)  not null,
    position        integer      not null,
    primary key (notice_id, number)
);
