-- Attached documents (README "Attached documents"): the signed response and other documents a task
-- produces, kept as evidence. A row is written once; it may be removed only while its task is still
-- open (the trigger below checks the engine's runtime task table), and never changed.
create table followup_document (
    id                  uuid         primary key,
    task_id             varchar(64)  not null,
    -- Task_WriteResponse, Task_ReportProgress, ... (vn.followup.document.DocumentTask)
    task_key            varchar(255) not null,
    task_name           varchar(255),
    process_instance_id varchar(64)  not null,
    -- the item (<notice>/<item number>) or the notice the task belongs to
    business_key        varchar(255),
    -- the agency the task was offered to when the file was attached, and the item's lead agency:
    -- who besides the office, supervisors, auditors and operations may read the file
    agency              varchar(64),
    lead_agency         varchar(64),
    -- the name as the user gave it (Vietnamese, no path)
    file_name           varchar(255) not null,
    -- PDF, DOCX, ODT (vn.followup.document.DocumentType), read from the content
    file_type           varchar(10)  not null,
    size_bytes          bigint       not null check (size_bytes > 0),
    sha256              char(64)     not null,
    uploaded_by         varchar(64)  not null,
    uploaded_at         timestamptz  not null default now(),
    -- digital signatures read at upload: a JSON array of {signer, signedAt, coversWholeDocument, digestValid}
    signatures          jsonb        not null default '[]'::jsonb
);
create index followup_document_task on followup_document (task_id);
create index followup_document_instance on followup_document (process_instance_id);
create index followup_document_business_key on followup_document (business_key);

-- The bytes, apart from the row the lists read.
create table followup_document_content (
    document_id uuid  primary key references followup_document (id) on delete cascade,
    content     bytea not null
);
alter table followup_document_content alter column content set storage external;

-- Evidence is never changed: no update of either table, from any code path.
create function followup_document_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'followup_document is written once and never changed';
end $$;
create trigger followup_document_no_update before update on followup_document
    for each row execute function followup_document_immutable();
create trigger followup_document_content_no_update before update on followup_document_content
    for each row execute function followup_document_immutable();

-- A file is removed only while its task is open; once the task is completed it is part of the record.
create function followup_document_delete_open_only() returns trigger language plpgsql as $$
begin
    if not exists (select 1 from act_ru_task where id_ = old.task_id) then
        raise exception 'the task of document % is completed: its files are kept', old.id;
    end if;
    return old;
end $$;
create trigger followup_document_delete_open_only before delete on followup_document
    for each row execute function followup_document_delete_open_only();
