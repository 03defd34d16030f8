CREATE TABLE "sign_in_attempts" (
	"key" text PRIMARY KEY NOT NULL,
	"points" integer DEFAULT 0 NOT NULL,
	"expire" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "session" ADD COLUMN "active_org_id" uuid;--> statement-breakpoint
ALTER TABLE "mail_messages" ADD COLUMN "link_hidden" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "mail_messages" ADD COLUMN "sealed" text;--> statement-breakpoint
ALTER TABLE "mail_messages" ADD COLUMN "attempted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "people_imports" ADD COLUMN "confirmed_by" uuid;--> statement-breakpoint
ALTER TABLE "people_imports" ADD COLUMN "failure" text;--> statement-breakpoint
ALTER TABLE "people_imports" ADD COLUMN "attempts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "people_imports" ADD COLUMN "claim" uuid;--> statement-breakpoint
ALTER TABLE "people_imports" ADD COLUMN "lease_until" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "sign_in_attempts_expire" ON "sign_in_attempts" USING btree ("expire");--> statement-breakpoint
ALTER TABLE "session" ADD CONSTRAINT "session_active_org_id_organisations_id_fk" FOREIGN KEY ("active_org_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people_imports" ADD CONSTRAINT "people_imports_confirmed_by_people_id_fk" FOREIGN KEY ("confirmed_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "people_imports_open" ON "people_imports" USING btree ("status") WHERE "people_imports"."status" in ('queued', 'running');