CREATE TABLE "uploads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"owner" text NOT NULL,
	"declared_type" text NOT NULL,
	"size" integer NOT NULL,
	"received" integer DEFAULT 0 NOT NULL,
	"chunks" integer DEFAULT 0 NOT NULL,
	"subject" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "recruiting_answers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"interview_id" uuid NOT NULL,
	"question_id" uuid NOT NULL,
	"take_id" uuid,
	"text" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "recruiting_interviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"deadline" timestamp with time zone NOT NULL,
	"sent_by" uuid,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reminded_at" timestamp with time zone,
	"submitted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "recruiting_questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"job_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"text_it" text NOT NULL,
	"text_en" text NOT NULL,
	"prompt_key" text,
	"prompt_type" text,
	"think_seconds" integer DEFAULT 30 NOT NULL,
	"answer_seconds" integer DEFAULT 120 NOT NULL,
	"takes" integer DEFAULT 2 NOT NULL,
	"modes" text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "recruiting_takes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"interview_id" uuid NOT NULL,
	"question_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"storage_key" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "recruiting_erased_candidates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"job_id" uuid NOT NULL,
	"source" text NOT NULL,
	"referrer_id" uuid,
	"person_id" uuid,
	"reached" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "recruiting_job_views" (
	"org_id" uuid NOT NULL,
	"job_id" uuid NOT NULL,
	"day" date NOT NULL,
	"source" text NOT NULL,
	"views" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "recruiting_job_views_org_id_job_id_day_source_pk" PRIMARY KEY("org_id","job_id","day","source")
);
--> statement-breakpoint
CREATE TABLE "recruiting_referrer_visitors" (
	"org_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"day" date NOT NULL,
	"visitor_hash" text NOT NULL,
	CONSTRAINT "recruiting_referrer_visitors_org_id_person_id_day_visitor_hash_pk" PRIMARY KEY("org_id","person_id","day","visitor_hash")
);
--> statement-breakpoint
DROP INDEX "onboarding_steps_template";--> statement-breakpoint
ALTER TABLE "onboarding_journeys" ADD COLUMN "template_version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "onboarding_steps" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "onboarding_templates" ADD COLUMN "name_en" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "onboarding_templates" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "recruiting_applications" ADD COLUMN "person_id" uuid;--> statement-breakpoint
ALTER TABLE "recruiting_answers" ADD CONSTRAINT "recruiting_answers_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recruiting_answers" ADD CONSTRAINT "recruiting_answers_interview_id_recruiting_interviews_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."recruiting_interviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recruiting_answers" ADD CONSTRAINT "recruiting_answers_question_id_recruiting_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."recruiting_questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recruiting_answers" ADD CONSTRAINT "recruiting_answers_take_id_recruiting_takes_id_fk" FOREIGN KEY ("take_id") REFERENCES "public"."recruiting_takes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recruiting_interviews" ADD CONSTRAINT "recruiting_interviews_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recruiting_interviews" ADD CONSTRAINT "recruiting_interviews_application_id_recruiting_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."recruiting_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recruiting_interviews" ADD CONSTRAINT "recruiting_interviews_sent_by_people_id_fk" FOREIGN KEY ("sent_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recruiting_questions" ADD CONSTRAINT "recruiting_questions_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recruiting_questions" ADD CONSTRAINT "recruiting_questions_job_id_recruiting_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."recruiting_jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recruiting_takes" ADD CONSTRAINT "recruiting_takes_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recruiting_takes" ADD CONSTRAINT "recruiting_takes_interview_id_recruiting_interviews_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."recruiting_interviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recruiting_takes" ADD CONSTRAINT "recruiting_takes_question_id_recruiting_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."recruiting_questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recruiting_erased_candidates" ADD CONSTRAINT "recruiting_erased_candidates_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recruiting_erased_candidates" ADD CONSTRAINT "recruiting_erased_candidates_job_id_recruiting_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."recruiting_jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recruiting_erased_candidates" ADD CONSTRAINT "recruiting_erased_candidates_referrer_id_people_id_fk" FOREIGN KEY ("referrer_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recruiting_erased_candidates" ADD CONSTRAINT "recruiting_erased_candidates_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recruiting_job_views" ADD CONSTRAINT "recruiting_job_views_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recruiting_job_views" ADD CONSTRAINT "recruiting_job_views_job_id_recruiting_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."recruiting_jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recruiting_referrer_visitors" ADD CONSTRAINT "recruiting_referrer_visitors_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recruiting_referrer_visitors" ADD CONSTRAINT "recruiting_referrer_visitors_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "uploads_org_owner" ON "uploads" USING btree ("org_id","owner");--> statement-breakpoint
CREATE INDEX "uploads_created" ON "uploads" USING btree ("created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "recruiting_answers_once" ON "recruiting_answers" USING btree ("interview_id","question_id");--> statement-breakpoint
CREATE UNIQUE INDEX "recruiting_interviews_application" ON "recruiting_interviews" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "recruiting_interviews_deadline" ON "recruiting_interviews" USING btree ("deadline");--> statement-breakpoint
CREATE INDEX "recruiting_questions_job" ON "recruiting_questions" USING btree ("job_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "recruiting_takes_number" ON "recruiting_takes" USING btree ("interview_id","question_id","number");--> statement-breakpoint
CREATE INDEX "recruiting_erased_candidates_org" ON "recruiting_erased_candidates" USING btree ("org_id","job_id");--> statement-breakpoint
ALTER TABLE "recruiting_applications" ADD CONSTRAINT "recruiting_applications_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "click_daily_person_day" ON "click_daily" USING btree ("org_id","person_id","day");--> statement-breakpoint
CREATE INDEX "onboarding_steps_template" ON "onboarding_steps" USING btree ("template_id","version","position");