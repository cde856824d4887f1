-- E-mail notifications (README "Notifications (e-mail)"). Each row is one mail to one address,
-- written in the same transaction as the engine event that caused it, so a rolled-back action
-- notifies nobody. The sender claims due rows with SELECT ... FOR UPDATE SKIP LOCKED, sends, and
-- marks them sent in the same transaction: several nodes never send a row twice.
create table followup_notification (
    id               bigserial    primary key,
    -- NEW_TASK, DUE_SOON, RETURNED, URGED, OVERDUE, EXTENSION_DECIDED, DIGEST (vn.followup.notification.NotificationEvent)
    event            varchar(30)  not null,
    -- HELD (waits for the recipient's daily digest), PENDING, SENT, FAILED (gave up after the last
    -- attempt), DIGESTED (went out in a digest), SKIPPED (the user has no e-mail address)
    status           varchar(12)  not null,
    recipient_user   varchar(64),
    -- set when the address is an agency's shared mailbox (organisation/agencies.yaml "mailbox")
    recipient_agency varchar(64),
    address          varchar(320),
    -- a copy for information (the office's copy of an urge or an overdue mark)
    copy             boolean      not null default false,
    business_key     varchar(130),
    item_number      varchar(20),
    task_id          varchar(64),
    -- what a digest lists for a held row: the task's name, its last day, the item's label and the link
    task_name        varchar(255),
    due_date         date,
    notice_label     varchar(500),
    link             varchar(1000),
    subject          varchar(300) not null,
    body_text        text         not null,
    body_html        text         not null,
    created_at       timestamptz  not null default now(),
    attempts         integer      not null default 0,
    next_attempt_at  timestamptz  not null default now(),
    last_error       varchar(1000),
    sent_at          timestamptz,
    digest_id        bigint references followup_notification (id)
);

-- The sender's claim: due pending rows in order.
create index followup_notification_due on followup_notification (next_attempt_at, id) where status = 'PENDING';
-- The digest: each user's held rows.
create index followup_notification_held on followup_notification (recipient_user) where status = 'HELD';
-- The administrator's list, newest first.
create index followup_notification_created on followup_notification (created_at desc, id desc);

-- One daily digest per working day, whichever node gets there first (primary key).
create table followup_digest_run (
    day     date        primary key,
    run_at  timestamptz not null
);
