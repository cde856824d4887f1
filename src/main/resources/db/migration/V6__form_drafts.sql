-- Drafts of task forms (Tasklist's "Lưu"): what one user has typed into one open task's form, kept on
-- the server so that it is restored on any machine. Only the editable fields of the task's deployed
-- form are kept (vn.followup.access.FormDrafts). A draft is removed when its task is completed or
-- deleted (a task listener, in the same transaction), and at the next read when its task is gone.
create table followup_form_draft (
    task_id    varchar(64)  not null,
    user_id    varchar(64)  not null,
    -- {"variable": value, ...} as form-js holds the values (text, number, boolean, list, object)
    fields     jsonb        not null,
    saved_at   timestamptz  not null default now(),
    primary key (task_id, user_id)
);
