--
-- PostgreSQL database dump
--


-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

DROP POLICY IF EXISTS tasks_all ON app.tasks;
ALTER TABLE IF EXISTS ONLY app.tasks DROP CONSTRAINT IF EXISTS tasks_owner_fk;
DROP TRIGGER IF EXISTS tasks_touch ON app.tasks;
DROP INDEX IF EXISTS app.tasks_title_idx;
ALTER TABLE IF EXISTS ONLY app.tasks DROP CONSTRAINT IF EXISTS tasks_pkey;
ALTER TABLE IF EXISTS ONLY app.owners DROP CONSTRAINT IF EXISTS owners_pkey;
ALTER TABLE IF EXISTS ONLY app.owners DROP CONSTRAINT IF EXISTS owners_name_key;
ALTER TABLE IF EXISTS app.tasks ALTER COLUMN id DROP DEFAULT;
DROP SEQUENCE IF EXISTS app.tasks_id_seq;
DROP TABLE IF EXISTS app.owners;
DROP VIEW IF EXISTS app.open_tasks;
DROP TABLE IF EXISTS app.tasks;
DROP FUNCTION IF EXISTS app.touch();
DROP TYPE IF EXISTS app.status;
DROP SCHEMA IF EXISTS app;
--
-- Name: app; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA app;


ALTER SCHEMA app OWNER TO postgres;

--
-- Name: status; Type: TYPE; Schema: app; Owner: postgres
--

CREATE TYPE app.status AS ENUM (
    'new',
    'done'
);


ALTER TYPE app.status OWNER TO postgres;

--
-- Name: touch(); Type: FUNCTION; Schema: app; Owner: postgres
--

CREATE FUNCTION app.touch() RETURNS trigger
    LANGUAGE plpgsql
    AS $$BEGIN RETURN NEW; END$$;


ALTER FUNCTION app.touch() OWNER TO postgres;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: tasks; Type: TABLE; Schema: app; Owner: postgres
--

CREATE TABLE app.tasks (
    id bigint NOT NULL,
    title text NOT NULL,
    status app.status DEFAULT 'new'::app.status,
    owner_id bigint
);


ALTER TABLE app.tasks OWNER TO postgres;

--
-- Name: TABLE tasks; Type: COMMENT; Schema: app; Owner: postgres
--

COMMENT ON TABLE app.tasks IS 'work items';


--
-- Name: open_tasks; Type: VIEW; Schema: app; Owner: postgres
--

CREATE VIEW app.open_tasks AS
 SELECT tasks.id,
    tasks.title
   FROM app.tasks
  WHERE (tasks.status = 'new'::app.status);


ALTER TABLE app.open_tasks OWNER TO postgres;

--
-- Name: owners; Type: TABLE; Schema: app; Owner: postgres
--

CREATE TABLE app.owners (
    id bigint NOT NULL,
    name text
);


ALTER TABLE app.owners OWNER TO postgres;

--
-- Name: tasks_id_seq; Type: SEQUENCE; Schema: app; Owner: postgres
--

CREATE SEQUENCE app.tasks_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE app.tasks_id_seq OWNER TO postgres;

--
-- Name: tasks_id_seq; Type: SEQUENCE OWNED BY; Schema: app; Owner: postgres
--

ALTER SEQUENCE app.tasks_id_seq OWNED BY app.tasks.id;


--
-- Name: tasks id; Type: DEFAULT; Schema: app; Owner: postgres
--

ALTER TABLE ONLY app.tasks ALTER COLUMN id SET DEFAULT nextval('app.tasks_id_seq'::regclass);


--
-- Name: owners owners_name_key; Type: CONSTRAINT; Schema: app; Owner: postgres
--

ALTER TABLE ONLY app.owners
    ADD CONSTRAINT owners_name_key UNIQUE (name);


--
-- Name: owners owners_pkey; Type: CONSTRAINT; Schema: app; Owner: postgres
--

ALTER TABLE ONLY app.owners
    ADD CONSTRAINT owners_pkey PRIMARY KEY (id);


--
-- Name: tasks tasks_pkey; Type: CONSTRAINT; Schema: app; Owner: postgres
--

ALTER TABLE ONLY app.tasks
    ADD CONSTRAINT tasks_pkey PRIMARY KEY (id);


--
-- Name: tasks_title_idx; Type: INDEX; Schema: app; Owner: postgres
--

CREATE INDEX tasks_title_idx ON app.tasks USING btree (lower(title));


--
-- Name: tasks tasks_touch; Type: TRIGGER; Schema: app; Owner: postgres
--

CREATE TRIGGER tasks_touch BEFORE UPDATE ON app.tasks FOR EACH ROW EXECUTE FUNCTION app.touch();


--
-- Name: tasks tasks_owner_fk; Type: FK CONSTRAINT; Schema: app; Owner: postgres
--

ALTER TABLE ONLY app.tasks
    ADD CONSTRAINT tasks_owner_fk FOREIGN KEY (owner_id) REFERENCES app.owners(id);


--
-- Name: tasks; Type: ROW SECURITY; Schema: app; Owner: postgres
--

ALTER TABLE app.tasks ENABLE ROW LEVEL SECURITY;

--
-- Name: tasks tasks_all; Type: POLICY; Schema: app; Owner: postgres
--

CREATE POLICY tasks_all ON app.tasks USING ((owner_id IS NOT NULL));


--
-- PostgreSQL database dump complete
--


