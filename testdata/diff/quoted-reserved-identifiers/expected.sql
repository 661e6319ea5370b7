CREATE TABLE "user" (
    id integer NOT NULL,
    "select" text,
    "Mixed Case" text,
    "group" integer,
    CONSTRAINT user_pkey PRIMARY KEY (id),
    CONSTRAINT user_select_key UNIQUE ("select")
);

CREATE TABLE "order" (
    id integer NOT NULL,
    "user" integer,
    "from" date,
    "to" date,
    CONSTRAINT "from before to" CHECK ("from" <= "to"),
    CONSTRAINT order_pkey PRIMARY KEY (id),
    CONSTRAINT order_user_fkey FOREIGN KEY ("user") REFERENCES "user" (id)
);

CREATE TABLE "Line Items" (
    "order" integer,
    "Qty" integer DEFAULT 1,
    CONSTRAINT "Line Items_order_fkey" FOREIGN KEY ("order") REFERENCES "order" (id)
);

CREATE INDEX "order by user" ON "order" ("user", "from" DESC);
