namespace Ecommerce.LocalSidecar.Workflow.Storage;

/// <summary>The backend's tables, as ordered migrations; <c>wf_schema_version</c> records how many were applied.</summary>
internal static class WorkflowSchema
{
    // Statuses that end an instance: COMPLETED(1), FAILED(3), TERMINATED(5).
    public const string TerminalStatuses = "(1, 3, 5)";

    // When an inbox event becomes deliverable (NULL: at once), as the wf_inbox_visible index holds it.
    public const string InboxVisibleAt = "COALESCE(b.visible_at, '-infinity'::timestamptz)";

    public static readonly string[] Migrations =
    [
        """
        CREATE TABLE wf_instances (
            app_id             text        NOT NULL,
            instance_id        text        NOT NULL,
            execution_id       text        NOT NULL,
            name               text        NOT NULL,
            version            text        NULL,
            status             integer     NOT NULL,
            created_at         timestamptz NOT NULL,
            last_updated_at    timestamptz NOT NULL,
            scheduled_start_at timestamptz NULL,
            started_at         timestamptz NULL,
            completed_at       timestamptz NULL,
            input              text        NULL,
            output             text        NULL,
            custom_status      text        NULL,
            failure_details    bytea       NULL,
            parent_instance_id text        NULL,
            locked_by          text        NULL,
            lock_expires_at    timestamptz NULL,
            PRIMARY KEY (app_id, instance_id));
        CREATE INDEX wf_instances_active ON wf_instances (app_id, last_updated_at) WHERE status NOT IN (1, 3, 5);
        CREATE INDEX wf_instances_parent ON wf_instances (app_id, parent_instance_id) WHERE parent_instance_id IS NOT NULL;
        CREATE INDEX wf_instances_locked ON wf_instances (app_id, locked_by) WHERE locked_by IS NOT NULL;

        CREATE TABLE wf_history (
            app_id      text    NOT NULL,
            instance_id text    NOT NULL,
            seq         integer NOT NULL,
            payload     bytea   NOT NULL,
            PRIMARY KEY (app_id, instance_id, seq));

        CREATE TABLE wf_inbox (
            seq         bigserial   PRIMARY KEY,
            app_id      text        NOT NULL,
            instance_id text        NOT NULL,
            kind        text        NOT NULL,
            payload     bytea       NOT NULL,
            visible_at  timestamptz NULL,
            held        boolean     NOT NULL DEFAULT false);
        CREATE INDEX wf_inbox_instance ON wf_inbox (app_id, instance_id, seq);

        CREATE TABLE wf_activity_tasks (
            seq             bigserial   PRIMARY KEY,
            app_id          text        NOT NULL,
            instance_id     text        NOT NULL,
            task_id         integer     NOT NULL,
            payload         bytea       NOT NULL,
            created_at      timestamptz NOT NULL,
            locked_by       text        NULL,
            lock_expires_at timestamptz NULL);
        CREATE INDEX wf_activity_tasks_instance ON wf_activity_tasks (app_id, instance_id);
        """,
        // Replicas: which backend of the app id holds a lease (meaningful while locked_by is set).
        """
        ALTER TABLE wf_instances ADD COLUMN locked_owner text NULL;
        ALTER TABLE wf_activity_tasks ADD COLUMN locked_owner text NULL;
        """,
        // Leasing finds the instances with deliverable events through this index, not by visiting every active instance.
        """
        CREATE INDEX wf_inbox_visible ON wf_inbox (app_id, (COALESCE(visible_at, '-infinity'::timestamptz)), instance_id) WHERE NOT held;
        """,
    ];
}
