ALTER TABLE "order" ADD COLUMN "default" boolean;

ALTER TABLE "order" ALTER COLUMN "limit" TYPE bigint;

ALTER TABLE "user" ALTER COLUMN "Mixed Case" SET DEFAULT 'Hello World';

ALTER TABLE "user" ALTER COLUMN "select" TYPE character varying(20);

ALTER TABLE "user" ALTER COLUMN "select" SET NOT NULL;

CREATE UNIQUE INDEX "user_Select_key" ON "user" ("select");

ALTER TABLE "order" ADD CONSTRAINT order_user_fkey FOREIGN KEY ("user") REFERENCES "user" (id);

COMMENT ON COLUMN "order"."limit" IS 'max';
