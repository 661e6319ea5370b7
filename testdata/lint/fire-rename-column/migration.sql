SET lock_timeout = '5s';
ALTER TABLE t RENAME COLUMN note TO remark;
