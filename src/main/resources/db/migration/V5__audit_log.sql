-- Audit log: an append-only HMAC chain (issue 7). Each row names who, when, the action and the entity (a type and an
-- id or case number), never a field value. mac = HMAC-SHA256(key, prev_mac || canonical(seq, at, actor, action,
-- entity_type, entity_id)); prev_mac of the first row is 32 zero bytes. The code has no UPDATE or DELETE path.
CREATE TABLE audit_log (
    seq          BIGINT                   NOT NULL PRIMARY KEY,
    at           TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(100)             NOT NULL,
    action       VARCHAR(40)              NOT NULL,
    entity_type  VARCHAR(40),
    entity_id    VARCHAR(100),
    prev_mac     VARBINARY(32)            NOT NULL,
    mac          VARBINARY(32)            NOT NULL
);

CREATE INDEX audit_log_prev_mac_ix ON audit_log (prev_mac);

-- One row (id 1, inserted by the first append), locked (SELECT ... FOR UPDATE) by every append until its transaction
-- ends, so two transactions never append the same sequence number or fork the chain.
CREATE TABLE audit_append_lock (
    id INT NOT NULL PRIMARY KEY
);
