-- The control's owner and description, so a service can export the control set with its mappings. Rows written
-- before this migration get them with the control's next event (or an operator's restatement).
alter table known_control
    add column owner       varchar(200),
    add column description varchar(4000);
