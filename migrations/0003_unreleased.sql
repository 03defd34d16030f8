CREATE TABLE "event_registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"status" text NOT NULL,
	"seq" bigserial NOT NULL,
	"checkin_code" text NOT NULL,
	"checked_in_at" timestamp with time zone,
	"checked_in_by" uuid,
	"promoted_at" timestamp with time zone,
	"reminder_sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event_swaps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"proposer_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"day" date NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"proposer_manager_id" uuid,
	"partner_manager_id" uuid,
	"proposer_approved_at" timestamp with time zone,
	"partner_approved_at" timestamp with time zone,
	"status" text DEFAULT 'proposed' NOT NULL,
	"declined_by" uuid,
	"event_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event_targets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"value" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"type" text NOT NULL,
	"title_it" text NOT NULL,
	"title_en" text NOT NULL,
	"description_it" text DEFAULT '' NOT NULL,
	"description_en" text DEFAULT '' NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"time_zone" text DEFAULT 'Europe/Rome' NOT NULL,
	"site" text,
	"address" text,
	"capacity" integer NOT NULL,
	"registration_opens_at" timestamp with time zone,
	"registration_closes_at" timestamp with time zone,
	"target_all" boolean DEFAULT true NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"share_post_id" uuid,
	"stories_invited_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "recruiting_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"job_id" uuid NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"email_key" text NOT NULL,
	"locale" text DEFAULT 'it' NOT NULL,
	"cv_key" text,
	"cv_size" integer DEFAULT 0 NOT NULL,
	"consent_at" timestamp with time zone NOT NULL,
	"retain_until" timestamp with time zone NOT NULL,
	"source" text NOT NULL,
	"link_id" uuid,
	"referrer_id" uuid,
	"referral_id" uuid,
	"self_referral" boolean DEFAULT false NOT NULL,
	"stage" text DEFAULT 'applied' NOT NULL,
	"stage_at" timestamp with time zone DEFAULT now() NOT NULL,
	"shortlisted" boolean DEFAULT false NOT NULL,
	"outcome_sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "recruiting_apply_attempts" (
	"key" text PRIMARY KEY NOT NULL,
	"points" integer DEFAULT 0 NOT NULL,
	"expire" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "recruiting_candidate_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	CONSTRAINT "recruiting_candidate_tokens_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "recruiting_jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"title_it" text NOT NULL,
	"title_en" text NOT NULL,
	"department" text NOT NULL,
	"site" text NOT NULL,
	"locality" text NOT NULL,
	"country" text DEFAULT 'IT' NOT NULL,
	"contract_type" text NOT NULL,
	"description_it" text NOT NULL,
	"description_en" text NOT NULL,
	"requirements_it" text NOT NULL,
	"requirements_en" text NOT NULL,
	"salary_min" integer,
	"salary_max" integer,
	"closes_on" date NOT NULL,
	"faq" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"manager_message" text,
	"photos" text[] DEFAULT '{}' NOT NULL,
	"post_id" uuid,
	"opened_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "recruiting_points" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"points" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "recruiting_settings" (
	"org_id" uuid PRIMARY KEY NOT NULL,
	"retention_months" integer DEFAULT 12 NOT NULL,
	"points" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "recruiting_referrals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"job_id" uuid NOT NULL,
	"referrer_id" uuid NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"email_key" text NOT NULL,
	"why" text NOT NULL,
	"locale" text DEFAULT 'it' NOT NULL,
	"token_hash" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"self_referral" boolean DEFAULT false NOT NULL,
	"reminded_at" timestamp with time zone,
	"consented_at" timestamp with time zone,
	"application_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "recruiting_referrals_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "recruiting_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"reviewer_id" uuid NOT NULL,
	"scores" jsonb NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "recruiting_rewards" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"subject_id" uuid NOT NULL,
	"step" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"approved_by" uuid,
	"approved_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "recruiting_stage_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"stage" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"locale" text NOT NULL,
	"body" text NOT NULL,
	"link" text,
	"event_id" uuid,
	"consent_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"moderator_note" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"post_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "story_moderation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"story_id" uuid NOT NULL,
	"actor_id" uuid,
	"action" text NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "story_photos" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"story_id" uuid,
	"uploader_id" uuid NOT NULL,
	"key" text NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"bytes" integer NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "story_settings" (
	"org_id" uuid PRIMARY KEY NOT NULL,
	"submitters" text DEFAULT 'everyone' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "story_tags" (
	"org_id" uuid NOT NULL,
	"story_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"declined" boolean DEFAULT false NOT NULL,
	"declined_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "story_tags_story_id_person_id_pk" PRIMARY KEY("story_id","person_id")
);
--> statement-breakpoint
DROP INDEX "clicks_at";--> statement-breakpoint
ALTER TABLE "event_registrations" ADD CONSTRAINT "event_registrations_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_registrations" ADD CONSTRAINT "event_registrations_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_registrations" ADD CONSTRAINT "event_registrations_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_registrations" ADD CONSTRAINT "event_registrations_checked_in_by_people_id_fk" FOREIGN KEY ("checked_in_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_swaps" ADD CONSTRAINT "event_swaps_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_swaps" ADD CONSTRAINT "event_swaps_proposer_id_people_id_fk" FOREIGN KEY ("proposer_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_swaps" ADD CONSTRAINT "event_swaps_partner_id_people_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_swaps" ADD CONSTRAINT "event_swaps_proposer_manager_id_people_id_fk" FOREIGN KEY ("proposer_manager_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_swaps" ADD CONSTRAINT "event_swaps_partner_manager_id_people_id_fk" FOREIGN KEY ("partner_manager_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_swaps" ADD CONSTRAINT "event_swaps_declined_by_people_id_fk" FOREIGN KEY ("declined_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_swaps" ADD CONSTRAINT "event_swaps_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_targets" ADD CONSTRAINT "event_targets_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_targets" ADD CONSTRAINT "event_targets_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_share_post_id_posts_id_fk" FOREIGN KEY ("share_post_id") REFERENCES "public"."posts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recruiting_applications" ADD CONSTRAINT "recruiting_applications_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recruiting_applications" ADD CONSTRAINT "recruiting_applications_job_id_recruiting_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."recruiting_jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recruiting_applications" ADD CONSTRAINT "recruiting_applications_referrer_id_people_id_fk" FOREIGN KEY ("referrer_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recruiting_candidate_tokens" ADD CONSTRAINT "recruiting_candidate_tokens_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recruiting_candidate_tokens" ADD CONSTRAINT "recruiting_candidate_tokens_application_id_recruiting_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."recruiting_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recruiting_jobs" ADD CONSTRAINT "recruiting_jobs_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recruiting_jobs" ADD CONSTRAINT "recruiting_jobs_post_id_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."posts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recruiting_jobs" ADD CONSTRAINT "recruiting_jobs_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recruiting_points" ADD CONSTRAINT "recruiting_points_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recruiting_points" ADD CONSTRAINT "recruiting_points_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recruiting_settings" ADD CONSTRAINT "recruiting_settings_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recruiting_referrals" ADD CONSTRAINT "recruiting_referrals_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recruiting_referrals" ADD CONSTRAINT "recruiting_referrals_job_id_recruiting_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."recruiting_jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recruiting_referrals" ADD CONSTRAINT "recruiting_referrals_referrer_id_people_id_fk" FOREIGN KEY ("referrer_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recruiting_referrals" ADD CONSTRAINT "recruiting_referrals_application_id_recruiting_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."recruiting_applications"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recruiting_reviews" ADD CONSTRAINT "recruiting_reviews_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recruiting_reviews" ADD CONSTRAINT "recruiting_reviews_application_id_recruiting_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."recruiting_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recruiting_reviews" ADD CONSTRAINT "recruiting_reviews_reviewer_id_people_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recruiting_rewards" ADD CONSTRAINT "recruiting_rewards_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recruiting_rewards" ADD CONSTRAINT "recruiting_rewards_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recruiting_rewards" ADD CONSTRAINT "recruiting_rewards_approved_by_people_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recruiting_stage_events" ADD CONSTRAINT "recruiting_stage_events_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recruiting_stage_events" ADD CONSTRAINT "recruiting_stage_events_application_id_recruiting_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."recruiting_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stories" ADD CONSTRAINT "stories_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stories" ADD CONSTRAINT "stories_author_id_people_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stories" ADD CONSTRAINT "stories_decided_by_people_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stories" ADD CONSTRAINT "stories_post_id_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."posts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "story_moderation" ADD CONSTRAINT "story_moderation_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "story_moderation" ADD CONSTRAINT "story_moderation_story_id_stories_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "story_moderation" ADD CONSTRAINT "story_moderation_actor_id_people_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "story_photos" ADD CONSTRAINT "story_photos_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "story_photos" ADD CONSTRAINT "story_photos_story_id_stories_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "story_photos" ADD CONSTRAINT "story_photos_uploader_id_people_id_fk" FOREIGN KEY ("uploader_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "story_settings" ADD CONSTRAINT "story_settings_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "story_tags" ADD CONSTRAINT "story_tags_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "story_tags" ADD CONSTRAINT "story_tags_story_id_stories_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "story_tags" ADD CONSTRAINT "story_tags_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "event_registrations_person" ON "event_registrations" USING btree ("event_id","person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "event_registrations_code" ON "event_registrations" USING btree ("event_id","checkin_code");--> statement-breakpoint
CREATE INDEX "event_registrations_queue" ON "event_registrations" USING btree ("event_id","status","seq");--> statement-breakpoint
CREATE INDEX "event_registrations_person_idx" ON "event_registrations" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "event_swaps_org" ON "event_swaps" USING btree ("org_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "event_swaps_event" ON "event_swaps" USING btree ("event_id") WHERE "event_swaps"."event_id" is not null;--> statement-breakpoint
CREATE INDEX "event_targets_event" ON "event_targets" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "events_org_starts" ON "events" USING btree ("org_id","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "recruiting_applications_job_email" ON "recruiting_applications" USING btree ("job_id","email_key");--> statement-breakpoint
CREATE INDEX "recruiting_applications_org" ON "recruiting_applications" USING btree ("org_id","job_id","stage");--> statement-breakpoint
CREATE INDEX "recruiting_applications_retain" ON "recruiting_applications" USING btree ("retain_until");--> statement-breakpoint
CREATE INDEX "recruiting_apply_attempts_expire" ON "recruiting_apply_attempts" USING btree ("expire");--> statement-breakpoint
CREATE INDEX "recruiting_candidate_tokens_app" ON "recruiting_candidate_tokens" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "recruiting_jobs_org" ON "recruiting_jobs" USING btree ("org_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "recruiting_points_once" ON "recruiting_points" USING btree ("person_id","kind","subject_id");--> statement-breakpoint
CREATE UNIQUE INDEX "recruiting_referrals_job_email" ON "recruiting_referrals" USING btree ("job_id","email_key");--> statement-breakpoint
CREATE INDEX "recruiting_referrals_org" ON "recruiting_referrals" USING btree ("org_id","referrer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "recruiting_reviews_once" ON "recruiting_reviews" USING btree ("application_id","reviewer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "recruiting_rewards_once" ON "recruiting_rewards" USING btree ("subject_id","step");--> statement-breakpoint
CREATE INDEX "recruiting_stage_events_app" ON "recruiting_stage_events" USING btree ("application_id","at");--> statement-breakpoint
CREATE INDEX "stories_org_status" ON "stories" USING btree ("org_id","status","submitted_at");--> statement-breakpoint
CREATE INDEX "stories_author" ON "stories" USING btree ("org_id","author_id");--> statement-breakpoint
CREATE INDEX "stories_event" ON "stories" USING btree ("org_id","event_id");--> statement-breakpoint
CREATE UNIQUE INDEX "stories_post" ON "stories" USING btree ("post_id");--> statement-breakpoint
CREATE INDEX "story_moderation_story" ON "story_moderation" USING btree ("story_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "story_photos_key" ON "story_photos" USING btree ("org_id","key");--> statement-breakpoint
CREATE INDEX "story_photos_story" ON "story_photos" USING btree ("story_id");--> statement-breakpoint
CREATE INDEX "story_tags_person" ON "story_tags" USING btree ("org_id","person_id");--> statement-breakpoint
CREATE INDEX "shares_link" ON "shares" USING btree ("link_id");--> statement-breakpoint
CREATE INDEX "clicks_at" ON "clicks" USING brin ("at") WITH (autosummarize=on);