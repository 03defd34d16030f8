CREATE TABLE "feedback_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"survey_id" uuid,
	"you_said" text NOT NULL,
	"we_do" text NOT NULL,
	"owner_id" uuid,
	"status" text DEFAULT 'planned' NOT NULL,
	"done_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programme_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"source" text NOT NULL,
	"status" text NOT NULL,
	"motivation" text DEFAULT '' NOT NULL,
	"networks" text[] DEFAULT '{}'::text[] NOT NULL,
	"audience_size" integer,
	"availability" text DEFAULT '' NOT NULL,
	"nominated_by" uuid,
	"nomination_reason" text,
	"consent_at" timestamp with time zone,
	"scores" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision_reason" text,
	"invited_cohort_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programme_badges" (
	"org_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"badge" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programme_badges_org_id_person_id_badge_pk" PRIMARY KEY("org_id","person_id","badge")
);
--> statement-breakpoint
CREATE TABLE "programme_cohorts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	"name" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"status" text DEFAULT 'current' NOT NULL,
	"ended_at" timestamp with time zone,
	"close_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programme_guideline_acceptances" (
	"org_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programme_guideline_acceptances_version_id_person_id_pk" PRIMARY KEY("version_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "programme_guideline_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programme_guideline_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	"major" integer NOT NULL,
	"minor" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"body_it" text NOT NULL,
	"body_en" text NOT NULL,
	"html_it" text NOT NULL,
	"html_en" text NOT NULL,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programme_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	"cohort_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp with time zone,
	"suspended_at" timestamp with time zone,
	"suspended_reason" text,
	"leaving_on" date
);
--> statement-breakpoint
CREATE TABLE "programme_points" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"points" integer NOT NULL,
	"source_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programmes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"name" text NOT NULL,
	"purpose_it" text DEFAULT '' NOT NULL,
	"purpose_en" text DEFAULT '' NOT NULL,
	"expectations_it" text DEFAULT '' NOT NULL,
	"expectations_en" text DEFAULT '' NOT NULL,
	"eligibility" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"seats" integer NOT NULL,
	"term_months" integer NOT NULL,
	"rubric" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"quiz" jsonb,
	"valanga_threshold" real DEFAULT 0.15 NOT NULL,
	"open" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programme_quiz_attempts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"score" integer NOT NULL,
	"total" integer NOT NULL,
	"passed" boolean NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programme_recognition" (
	"org_id" uuid PRIMARY KEY NOT NULL,
	"enabled" boolean DEFAULT false NOT NULL,
	"enabled_at" timestamp with time zone,
	"table" jsonb NOT NULL,
	"executive_board" boolean DEFAULT false NOT NULL,
	"computed_until" timestamp with time zone,
	"last_error" text
);
--> statement-breakpoint
CREATE TABLE "programme_reminders" (
	"org_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"subject" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programme_reminders_member_id_kind_subject_pk" PRIMARY KEY("member_id","kind","subject")
);
--> statement-breakpoint
CREATE TABLE "programme_sharer_visitors" (
	"org_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"day" date NOT NULL,
	"visitor_hash" text NOT NULL,
	CONSTRAINT "programme_sharer_visitors_org_id_person_id_day_visitor_hash_pk" PRIMARY KEY("org_id","person_id","day","visitor_hash")
);
--> statement-breakpoint
CREATE TABLE "programme_valanga_alerts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"trigger" text NOT NULL,
	"click_share" real NOT NULL,
	"affected" jsonb NOT NULL,
	"suggestions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"acknowledged_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "click_batches" (
	"id" text PRIMARY KEY NOT NULL,
	"written_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "click_rollup" (
	"org_id" uuid NOT NULL,
	"shape" text NOT NULL,
	"grain" text NOT NULL,
	"day" date NOT NULL,
	"person_id" uuid NOT NULL,
	"post_id" uuid NOT NULL,
	"network" text NOT NULL,
	"department" text NOT NULL,
	"site" text NOT NULL,
	"clicks" integer NOT NULL,
	CONSTRAINT "click_rollup_org_id_shape_grain_day_person_id_post_id_network_department_site_pk" PRIMARY KEY("org_id","shape","grain","day","person_id","post_id","network","department","site")
);
--> statement-breakpoint
CREATE TABLE "click_rollup_state" (
	"id" integer PRIMARY KEY NOT NULL,
	"rolled_through" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "news_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"post_id" uuid NOT NULL,
	"person_id" uuid,
	"body" text NOT NULL,
	"hidden_at" timestamp with time zone,
	"hidden_reason" text,
	"hidden_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "news_posts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"kind" text DEFAULT 'news' NOT NULL,
	"title_it" text DEFAULT '' NOT NULL,
	"title_en" text DEFAULT '' NOT NULL,
	"body_it" text DEFAULT '' NOT NULL,
	"body_en" text DEFAULT '' NOT NULL,
	"html_it" text DEFAULT '' NOT NULL,
	"html_en" text DEFAULT '' NOT NULL,
	"image_key" text,
	"media_key" text,
	"must_read" boolean DEFAULT false NOT NULL,
	"due_on" date,
	"status" text DEFAULT 'draft' NOT NULL,
	"target_all" boolean DEFAULT true NOT NULL,
	"published_at" timestamp with time zone,
	"reminded_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "news_reactions" (
	"org_id" uuid NOT NULL,
	"post_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"kind" text NOT NULL,
	CONSTRAINT "news_reactions_post_id_person_id_kind_pk" PRIMARY KEY("post_id","person_id","kind")
);
--> statement-breakpoint
CREATE TABLE "news_reads" (
	"org_id" uuid NOT NULL,
	"post_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"read_at" timestamp with time zone DEFAULT now() NOT NULL,
	"acknowledged_at" timestamp with time zone,
	CONSTRAINT "news_reads_post_id_person_id_pk" PRIMARY KEY("post_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "news_targets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"post_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"value" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "onboarding_journeys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"template_id" uuid NOT NULL,
	"buddy_id" uuid,
	"start_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "onboarding_journeys_person_id_unique" UNIQUE("person_id")
);
--> statement-breakpoint
CREATE TABLE "onboarding_progress" (
	"org_id" uuid NOT NULL,
	"journey_id" uuid NOT NULL,
	"step_id" uuid NOT NULL,
	"done_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "onboarding_progress_journey_id_step_id_pk" PRIMARY KEY("journey_id","step_id")
);
--> statement-breakpoint
CREATE TABLE "onboarding_reminders" (
	"org_id" uuid NOT NULL,
	"journey_id" uuid NOT NULL,
	"step_id" uuid NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "onboarding_reminders_journey_id_step_id_pk" PRIMARY KEY("journey_id","step_id")
);
--> statement-breakpoint
CREATE TABLE "onboarding_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"template_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"offset_days" integer NOT NULL,
	"kind" text NOT NULL,
	"title_it" text DEFAULT '' NOT NULL,
	"title_en" text DEFAULT '' NOT NULL,
	"ref_id" uuid
);
--> statement-breakpoint
CREATE TABLE "onboarding_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"name" text NOT NULL,
	"departments" text[] DEFAULT '{}' NOT NULL,
	"sites" text[] DEFAULT '{}' NOT NULL,
	"locale" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "qa_answers" (
	"question_id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"leader_id" uuid,
	"body" text DEFAULT '' NOT NULL,
	"media_key" text,
	"answered_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "qa_askers" (
	"org_id" uuid NOT NULL,
	"question_id" uuid PRIMARY KEY NOT NULL,
	"anonymous" boolean DEFAULT false NOT NULL,
	"person_id" uuid NOT NULL,
	CONSTRAINT "qa_askers_named_only" CHECK ("qa_askers"."anonymous" = false)
);
--> statement-breakpoint
CREATE TABLE "qa_questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"body" text NOT NULL,
	"anonymous" boolean NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"votes" integer DEFAULT 0 NOT NULL,
	"asked_on" date NOT NULL,
	CONSTRAINT "qa_questions_id_anonymous" UNIQUE("id","anonymous")
);
--> statement-breakpoint
CREATE TABLE "qa_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"leader_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "qa_votes" (
	"org_id" uuid NOT NULL,
	"question_id" uuid NOT NULL,
	"voter_key" text NOT NULL,
	CONSTRAINT "qa_votes_question_id_voter_key_pk" PRIMARY KEY("question_id","voter_key")
);
--> statement-breakpoint
CREATE TABLE "suggestion_authors" (
	"org_id" uuid NOT NULL,
	"suggestion_id" uuid PRIMARY KEY NOT NULL,
	"anonymous" boolean DEFAULT false NOT NULL,
	"person_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "suggestion_authors_named_only" CHECK ("suggestion_authors"."anonymous" = false)
);
--> statement-breakpoint
CREATE TABLE "suggestion_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"suggestion_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"side" text NOT NULL,
	"body" text NOT NULL,
	"on" date NOT NULL,
	"client_id" uuid NOT NULL,
	CONSTRAINT "suggestion_messages_seq" UNIQUE("suggestion_id","seq"),
	CONSTRAINT "suggestion_messages_client" UNIQUE("suggestion_id","client_id")
);
--> statement-breakpoint
CREATE TABLE "suggestion_votes" (
	"org_id" uuid NOT NULL,
	"suggestion_id" uuid NOT NULL,
	"voter_key" text NOT NULL,
	CONSTRAINT "suggestion_votes_suggestion_id_voter_key_pk" PRIMARY KEY("suggestion_id","voter_key")
);
--> statement-breakpoint
CREATE TABLE "suggestions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"category" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"anonymous" boolean NOT NULL,
	"secret_hash" text,
	"status" text DEFAULT 'received' NOT NULL,
	"reason" text,
	"outcome" text,
	"votes" integer DEFAULT 0 NOT NULL,
	"created_on" date NOT NULL,
	"first_reply_on" date,
	"closed_on" date,
	"reply_pending" boolean DEFAULT false NOT NULL,
	"notice_at" date,
	CONSTRAINT "suggestions_secret_hash_unique" UNIQUE("secret_hash"),
	CONSTRAINT "suggestions_id_anonymous" UNIQUE("id","anonymous")
);
--> statement-breakpoint
CREATE TABLE "survey_answers" (
	"org_id" uuid NOT NULL,
	"response_id" uuid NOT NULL,
	"question_id" uuid NOT NULL,
	"value" smallint,
	"choices" smallint[],
	"text" text,
	CONSTRAINT "survey_answers_response_id_question_id_pk" PRIMARY KEY("response_id","question_id")
);
--> statement-breakpoint
CREATE TABLE "survey_named_responses" (
	"org_id" uuid NOT NULL,
	"response_id" uuid PRIMARY KEY NOT NULL,
	"survey_id" uuid NOT NULL,
	"anonymous" boolean DEFAULT false NOT NULL,
	"person_id" uuid NOT NULL,
	CONSTRAINT "survey_named_responses_named_only" CHECK ("survey_named_responses"."anonymous" = false)
);
--> statement-breakpoint
CREATE TABLE "survey_participation" (
	"org_id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	CONSTRAINT "survey_participation_round_id_person_id_pk" PRIMARY KEY("round_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "survey_questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"text_it" text DEFAULT '' NOT NULL,
	"text_en" text DEFAULT '' NOT NULL,
	"choices" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"required" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "survey_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"day" date NOT NULL,
	"department" text,
	"site" text,
	"job_family" text,
	"tenure" text,
	"team_keys" text[] DEFAULT '{}'::text[] NOT NULL,
	CONSTRAINT "survey_responses_id_survey" UNIQUE("id","survey_id")
);
--> statement-breakpoint
CREATE TABLE "survey_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"opens_at" timestamp with time zone NOT NULL,
	"closes_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"audience_size" integer DEFAULT 0 NOT NULL,
	"reminded_at" timestamp with time zone,
	CONSTRAINT "survey_rounds_seq" UNIQUE("survey_id","seq")
);
--> statement-breakpoint
CREATE TABLE "survey_targets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"value" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "surveys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"kind" text DEFAULT 'survey' NOT NULL,
	"title_it" text DEFAULT '' NOT NULL,
	"title_en" text DEFAULT '' NOT NULL,
	"intro_it" text DEFAULT '' NOT NULL,
	"intro_en" text DEFAULT '' NOT NULL,
	"anonymous" boolean DEFAULT true NOT NULL,
	"recurrence" text DEFAULT 'none' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"target_all" boolean DEFAULT true NOT NULL,
	"new_hire_days" integer,
	"remind_after_days" integer,
	"closes_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone,
	CONSTRAINT "surveys_id_anonymous" UNIQUE("id","anonymous")
);
--> statement-breakpoint
CREATE TABLE "training_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"training_id" uuid NOT NULL,
	"note" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_endorsements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"training_id" uuid NOT NULL,
	"manager_id" uuid NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_enrolments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"training_id" uuid NOT NULL,
	"session_id" uuid,
	"person_id" uuid NOT NULL,
	"status" text NOT NULL,
	"channel" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"completion_source" text,
	"reminder_sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_escalations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"training_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"manager_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_feedback" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"training_id" uuid NOT NULL,
	"enrolment_id" uuid NOT NULL,
	"proposition_id" uuid,
	"population_label" text,
	"usefulness" integer NOT NULL,
	"suggestion" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_lrs_keys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"key_id" text NOT NULL,
	"secret_hash" text NOT NULL,
	"label" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "training_lrs_keys_key_id_unique" UNIQUE("key_id")
);
--> statement-breakpoint
CREATE TABLE "training_mailings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"training_id" uuid NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"sent" integer DEFAULT 0 NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"started_at" timestamp with time zone,
	"failure" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "training_nudges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"training_id" uuid NOT NULL,
	"manager_id" uuid,
	"person_id" uuid NOT NULL,
	"message" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_posters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"training_id" uuid NOT NULL,
	"place" text,
	"proposition_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_propositions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"training_id" uuid NOT NULL,
	"label" text NOT NULL,
	"kind" text NOT NULL,
	"value" text,
	"benefits" text NOT NULL,
	"problem" text NOT NULL,
	"outcome" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_reach" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"training_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"opened_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "training_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"training_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"place" text,
	"online_url" text,
	"seats" integer NOT NULL,
	"trainer_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_settings" (
	"org_id" uuid PRIMARY KEY NOT NULL,
	"currency" text DEFAULT 'EUR' NOT NULL,
	"benchmark_hours" real DEFAULT 32.4 NOT NULL,
	"benchmark_spend" real DEFAULT 1229 NOT NULL,
	"benchmark_currency" text DEFAULT 'USD' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_statements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"statement_id" uuid NOT NULL,
	"enrolment_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "trainings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"kind" text NOT NULL,
	"motivation" text NOT NULL,
	"organisational_need" text,
	"due_date" date,
	"duration_minutes" integer NOT NULL,
	"cost_cents" integer DEFAULT 0 NOT NULL,
	"requires_approval" boolean DEFAULT false NOT NULL,
	"public_url" text,
	"elearning_url" text,
	"code" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"promoted" boolean DEFAULT true NOT NULL,
	"campaign_post_id" uuid,
	"campaign_owner_id" uuid,
	"advocacy_post_id" uuid,
	"created_by" uuid,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "clicks" DROP CONSTRAINT "clicks_link_id_links_id_fk";
--> statement-breakpoint
DROP INDEX "clicks_dedup";--> statement-breakpoint
ALTER TABLE "posts" ALTER COLUMN "title" DROP NOT NULL;--> statement-breakpoint
/* 
    Unfortunately in current drizzle-kit version we can't automatically get name for primary key.
    We are working on making it available!

    Meanwhile you can:
        1. Check pk name in your database, by running
            SELECT constraint_name FROM information_schema.table_constraints
            WHERE table_schema = 'public'
                AND table_name = 'clicks'
                AND constraint_type = 'PRIMARY KEY';
        2. Uncomment code below and paste pk name manually
        
    Hope to release this update as soon as possible
*/

-- ALTER TABLE "clicks" DROP CONSTRAINT "<constraint_name>";--> statement-breakpoint
ALTER TABLE "posts" ADD COLUMN "title_en" text;--> statement-breakpoint
ALTER TABLE "posts" ADD COLUMN "body_en" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "posts" ADD COLUMN "preview_title_en" text;--> statement-breakpoint
ALTER TABLE "posts" ADD COLUMN "preview_description_en" text;--> statement-breakpoint
ALTER TABLE "posts" ADD COLUMN "archived_from" text;--> statement-breakpoint
ALTER TABLE "posts" ADD COLUMN "archived_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "posts" ADD COLUMN "campaign" text;--> statement-breakpoint
ALTER TABLE "links" ADD COLUMN "utm_campaign" text;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "job_family" text;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "content_languages" text[] DEFAULT '{it}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "shares" ADD COLUMN "status" text DEFAULT 'started' NOT NULL;--> statement-breakpoint
ALTER TABLE "shares" ADD COLUMN "answered_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "feedback_actions" ADD CONSTRAINT "feedback_actions_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_actions" ADD CONSTRAINT "feedback_actions_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_actions" ADD CONSTRAINT "feedback_actions_owner_id_people_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_applications" ADD CONSTRAINT "programme_applications_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_applications" ADD CONSTRAINT "programme_applications_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_applications" ADD CONSTRAINT "programme_applications_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_applications" ADD CONSTRAINT "programme_applications_nominated_by_people_id_fk" FOREIGN KEY ("nominated_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_applications" ADD CONSTRAINT "programme_applications_decided_by_people_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_applications" ADD CONSTRAINT "programme_applications_invited_cohort_id_programme_cohorts_id_fk" FOREIGN KEY ("invited_cohort_id") REFERENCES "public"."programme_cohorts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_badges" ADD CONSTRAINT "programme_badges_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_badges" ADD CONSTRAINT "programme_badges_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_cohorts" ADD CONSTRAINT "programme_cohorts_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_cohorts" ADD CONSTRAINT "programme_cohorts_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_guideline_acceptances" ADD CONSTRAINT "programme_guideline_acceptances_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_guideline_acceptances" ADD CONSTRAINT "programme_guideline_acceptances_version_id_programme_guideline_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."programme_guideline_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_guideline_acceptances" ADD CONSTRAINT "programme_guideline_acceptances_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_guideline_comments" ADD CONSTRAINT "programme_guideline_comments_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_guideline_comments" ADD CONSTRAINT "programme_guideline_comments_version_id_programme_guideline_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."programme_guideline_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_guideline_comments" ADD CONSTRAINT "programme_guideline_comments_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_guideline_versions" ADD CONSTRAINT "programme_guideline_versions_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_guideline_versions" ADD CONSTRAINT "programme_guideline_versions_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_members" ADD CONSTRAINT "programme_members_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_members" ADD CONSTRAINT "programme_members_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_members" ADD CONSTRAINT "programme_members_cohort_id_programme_cohorts_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."programme_cohorts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_members" ADD CONSTRAINT "programme_members_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_points" ADD CONSTRAINT "programme_points_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_points" ADD CONSTRAINT "programme_points_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programmes" ADD CONSTRAINT "programmes_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_quiz_attempts" ADD CONSTRAINT "programme_quiz_attempts_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_quiz_attempts" ADD CONSTRAINT "programme_quiz_attempts_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_quiz_attempts" ADD CONSTRAINT "programme_quiz_attempts_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_recognition" ADD CONSTRAINT "programme_recognition_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_reminders" ADD CONSTRAINT "programme_reminders_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_reminders" ADD CONSTRAINT "programme_reminders_member_id_programme_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."programme_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_sharer_visitors" ADD CONSTRAINT "programme_sharer_visitors_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_sharer_visitors" ADD CONSTRAINT "programme_sharer_visitors_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_valanga_alerts" ADD CONSTRAINT "programme_valanga_alerts_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_valanga_alerts" ADD CONSTRAINT "programme_valanga_alerts_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_valanga_alerts" ADD CONSTRAINT "programme_valanga_alerts_member_id_programme_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."programme_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_valanga_alerts" ADD CONSTRAINT "programme_valanga_alerts_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_comments" ADD CONSTRAINT "news_comments_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_comments" ADD CONSTRAINT "news_comments_post_id_news_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."news_posts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_comments" ADD CONSTRAINT "news_comments_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_comments" ADD CONSTRAINT "news_comments_hidden_by_people_id_fk" FOREIGN KEY ("hidden_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_posts" ADD CONSTRAINT "news_posts_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_posts" ADD CONSTRAINT "news_posts_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_reactions" ADD CONSTRAINT "news_reactions_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_reactions" ADD CONSTRAINT "news_reactions_post_id_news_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."news_posts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_reactions" ADD CONSTRAINT "news_reactions_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_reads" ADD CONSTRAINT "news_reads_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_reads" ADD CONSTRAINT "news_reads_post_id_news_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."news_posts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_reads" ADD CONSTRAINT "news_reads_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_targets" ADD CONSTRAINT "news_targets_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_targets" ADD CONSTRAINT "news_targets_post_id_news_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."news_posts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onboarding_journeys" ADD CONSTRAINT "onboarding_journeys_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onboarding_journeys" ADD CONSTRAINT "onboarding_journeys_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onboarding_journeys" ADD CONSTRAINT "onboarding_journeys_template_id_onboarding_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."onboarding_templates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onboarding_journeys" ADD CONSTRAINT "onboarding_journeys_buddy_id_people_id_fk" FOREIGN KEY ("buddy_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onboarding_progress" ADD CONSTRAINT "onboarding_progress_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onboarding_progress" ADD CONSTRAINT "onboarding_progress_journey_id_onboarding_journeys_id_fk" FOREIGN KEY ("journey_id") REFERENCES "public"."onboarding_journeys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onboarding_progress" ADD CONSTRAINT "onboarding_progress_step_id_onboarding_steps_id_fk" FOREIGN KEY ("step_id") REFERENCES "public"."onboarding_steps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onboarding_reminders" ADD CONSTRAINT "onboarding_reminders_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onboarding_reminders" ADD CONSTRAINT "onboarding_reminders_journey_id_onboarding_journeys_id_fk" FOREIGN KEY ("journey_id") REFERENCES "public"."onboarding_journeys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onboarding_reminders" ADD CONSTRAINT "onboarding_reminders_step_id_onboarding_steps_id_fk" FOREIGN KEY ("step_id") REFERENCES "public"."onboarding_steps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onboarding_steps" ADD CONSTRAINT "onboarding_steps_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onboarding_steps" ADD CONSTRAINT "onboarding_steps_template_id_onboarding_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."onboarding_templates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onboarding_templates" ADD CONSTRAINT "onboarding_templates_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qa_answers" ADD CONSTRAINT "qa_answers_question_id_qa_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."qa_questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qa_answers" ADD CONSTRAINT "qa_answers_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qa_answers" ADD CONSTRAINT "qa_answers_leader_id_people_id_fk" FOREIGN KEY ("leader_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qa_askers" ADD CONSTRAINT "qa_askers_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qa_askers" ADD CONSTRAINT "qa_askers_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qa_askers" ADD CONSTRAINT "qa_askers_question_id_anonymous_qa_questions_id_anonymous_fk" FOREIGN KEY ("question_id","anonymous") REFERENCES "public"."qa_questions"("id","anonymous") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qa_questions" ADD CONSTRAINT "qa_questions_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qa_questions" ADD CONSTRAINT "qa_questions_session_id_qa_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."qa_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qa_sessions" ADD CONSTRAINT "qa_sessions_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qa_votes" ADD CONSTRAINT "qa_votes_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qa_votes" ADD CONSTRAINT "qa_votes_question_id_qa_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."qa_questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suggestion_authors" ADD CONSTRAINT "suggestion_authors_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suggestion_authors" ADD CONSTRAINT "suggestion_authors_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suggestion_authors" ADD CONSTRAINT "suggestion_authors_suggestion_id_anonymous_suggestions_id_anonymous_fk" FOREIGN KEY ("suggestion_id","anonymous") REFERENCES "public"."suggestions"("id","anonymous") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suggestion_messages" ADD CONSTRAINT "suggestion_messages_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suggestion_messages" ADD CONSTRAINT "suggestion_messages_suggestion_id_suggestions_id_fk" FOREIGN KEY ("suggestion_id") REFERENCES "public"."suggestions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suggestion_votes" ADD CONSTRAINT "suggestion_votes_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suggestion_votes" ADD CONSTRAINT "suggestion_votes_suggestion_id_suggestions_id_fk" FOREIGN KEY ("suggestion_id") REFERENCES "public"."suggestions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suggestions" ADD CONSTRAINT "suggestions_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_answers" ADD CONSTRAINT "survey_answers_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_answers" ADD CONSTRAINT "survey_answers_response_id_survey_responses_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."survey_responses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_answers" ADD CONSTRAINT "survey_answers_question_id_survey_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."survey_questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_named_responses" ADD CONSTRAINT "survey_named_responses_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_named_responses" ADD CONSTRAINT "survey_named_responses_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_named_responses" ADD CONSTRAINT "survey_named_responses_survey_id_anonymous_surveys_id_anonymous_fk" FOREIGN KEY ("survey_id","anonymous") REFERENCES "public"."surveys"("id","anonymous") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_named_responses" ADD CONSTRAINT "survey_named_responses_response_id_survey_id_survey_responses_id_survey_id_fk" FOREIGN KEY ("response_id","survey_id") REFERENCES "public"."survey_responses"("id","survey_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_participation" ADD CONSTRAINT "survey_participation_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_participation" ADD CONSTRAINT "survey_participation_round_id_survey_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."survey_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_participation" ADD CONSTRAINT "survey_participation_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_questions" ADD CONSTRAINT "survey_questions_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_questions" ADD CONSTRAINT "survey_questions_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_round_id_survey_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."survey_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_rounds" ADD CONSTRAINT "survey_rounds_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_rounds" ADD CONSTRAINT "survey_rounds_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_targets" ADD CONSTRAINT "survey_targets_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_targets" ADD CONSTRAINT "survey_targets_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "surveys" ADD CONSTRAINT "surveys_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "surveys" ADD CONSTRAINT "surveys_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_changes" ADD CONSTRAINT "training_changes_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_changes" ADD CONSTRAINT "training_changes_training_id_trainings_id_fk" FOREIGN KEY ("training_id") REFERENCES "public"."trainings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_changes" ADD CONSTRAINT "training_changes_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_endorsements" ADD CONSTRAINT "training_endorsements_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_endorsements" ADD CONSTRAINT "training_endorsements_training_id_trainings_id_fk" FOREIGN KEY ("training_id") REFERENCES "public"."trainings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_endorsements" ADD CONSTRAINT "training_endorsements_manager_id_people_id_fk" FOREIGN KEY ("manager_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_enrolments" ADD CONSTRAINT "training_enrolments_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_enrolments" ADD CONSTRAINT "training_enrolments_training_id_trainings_id_fk" FOREIGN KEY ("training_id") REFERENCES "public"."trainings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_enrolments" ADD CONSTRAINT "training_enrolments_session_id_training_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."training_sessions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_enrolments" ADD CONSTRAINT "training_enrolments_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_enrolments" ADD CONSTRAINT "training_enrolments_decided_by_people_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_escalations" ADD CONSTRAINT "training_escalations_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_escalations" ADD CONSTRAINT "training_escalations_training_id_trainings_id_fk" FOREIGN KEY ("training_id") REFERENCES "public"."trainings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_escalations" ADD CONSTRAINT "training_escalations_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_escalations" ADD CONSTRAINT "training_escalations_manager_id_people_id_fk" FOREIGN KEY ("manager_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_feedback" ADD CONSTRAINT "training_feedback_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_feedback" ADD CONSTRAINT "training_feedback_training_id_trainings_id_fk" FOREIGN KEY ("training_id") REFERENCES "public"."trainings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_feedback" ADD CONSTRAINT "training_feedback_enrolment_id_training_enrolments_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "public"."training_enrolments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_feedback" ADD CONSTRAINT "training_feedback_proposition_id_training_propositions_id_fk" FOREIGN KEY ("proposition_id") REFERENCES "public"."training_propositions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_lrs_keys" ADD CONSTRAINT "training_lrs_keys_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_lrs_keys" ADD CONSTRAINT "training_lrs_keys_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_mailings" ADD CONSTRAINT "training_mailings_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_mailings" ADD CONSTRAINT "training_mailings_training_id_trainings_id_fk" FOREIGN KEY ("training_id") REFERENCES "public"."trainings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_mailings" ADD CONSTRAINT "training_mailings_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_nudges" ADD CONSTRAINT "training_nudges_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_nudges" ADD CONSTRAINT "training_nudges_training_id_trainings_id_fk" FOREIGN KEY ("training_id") REFERENCES "public"."trainings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_nudges" ADD CONSTRAINT "training_nudges_manager_id_people_id_fk" FOREIGN KEY ("manager_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_nudges" ADD CONSTRAINT "training_nudges_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_posters" ADD CONSTRAINT "training_posters_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_posters" ADD CONSTRAINT "training_posters_training_id_trainings_id_fk" FOREIGN KEY ("training_id") REFERENCES "public"."trainings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_posters" ADD CONSTRAINT "training_posters_proposition_id_training_propositions_id_fk" FOREIGN KEY ("proposition_id") REFERENCES "public"."training_propositions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_posters" ADD CONSTRAINT "training_posters_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_propositions" ADD CONSTRAINT "training_propositions_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_propositions" ADD CONSTRAINT "training_propositions_training_id_trainings_id_fk" FOREIGN KEY ("training_id") REFERENCES "public"."trainings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_reach" ADD CONSTRAINT "training_reach_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_reach" ADD CONSTRAINT "training_reach_training_id_trainings_id_fk" FOREIGN KEY ("training_id") REFERENCES "public"."trainings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_reach" ADD CONSTRAINT "training_reach_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD CONSTRAINT "training_sessions_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD CONSTRAINT "training_sessions_training_id_trainings_id_fk" FOREIGN KEY ("training_id") REFERENCES "public"."trainings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD CONSTRAINT "training_sessions_trainer_id_people_id_fk" FOREIGN KEY ("trainer_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_settings" ADD CONSTRAINT "training_settings_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_statements" ADD CONSTRAINT "training_statements_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_statements" ADD CONSTRAINT "training_statements_enrolment_id_training_enrolments_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "public"."training_enrolments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trainings" ADD CONSTRAINT "trainings_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trainings" ADD CONSTRAINT "trainings_campaign_post_id_posts_id_fk" FOREIGN KEY ("campaign_post_id") REFERENCES "public"."posts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trainings" ADD CONSTRAINT "trainings_campaign_owner_id_people_id_fk" FOREIGN KEY ("campaign_owner_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trainings" ADD CONSTRAINT "trainings_advocacy_post_id_posts_id_fk" FOREIGN KEY ("advocacy_post_id") REFERENCES "public"."posts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trainings" ADD CONSTRAINT "trainings_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "feedback_actions_org" ON "feedback_actions" USING btree ("org_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "programme_applications_once" ON "programme_applications" USING btree ("programme_id","person_id");--> statement-breakpoint
CREATE INDEX "programme_applications_status" ON "programme_applications" USING btree ("org_id","programme_id","status");--> statement-breakpoint
CREATE INDEX "programme_cohorts_programme" ON "programme_cohorts" USING btree ("programme_id","starts_on");--> statement-breakpoint
CREATE INDEX "programme_cohorts_due" ON "programme_cohorts" USING btree ("ends_on") WHERE "programme_cohorts"."status" <> 'ended';--> statement-breakpoint
CREATE INDEX "programme_guideline_acceptances_person" ON "programme_guideline_acceptances" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "programme_guideline_comments_version" ON "programme_guideline_comments" USING btree ("version_id","created_at");--> statement-breakpoint
CREATE INDEX "programme_guideline_versions_programme" ON "programme_guideline_versions" USING btree ("programme_id","major","minor");--> statement-breakpoint
CREATE UNIQUE INDEX "programme_guideline_versions_number" ON "programme_guideline_versions" USING btree ("programme_id","major","minor") WHERE "programme_guideline_versions"."status" = 'published';--> statement-breakpoint
CREATE UNIQUE INDEX "programme_members_current" ON "programme_members" USING btree ("programme_id","person_id") WHERE "programme_members"."status" in ('active', 'suspended');--> statement-breakpoint
CREATE INDEX "programme_members_cohort" ON "programme_members" USING btree ("cohort_id","status");--> statement-breakpoint
CREATE INDEX "programme_members_person" ON "programme_members" USING btree ("org_id","person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "programme_points_source" ON "programme_points" USING btree ("org_id","source_key");--> statement-breakpoint
CREATE INDEX "programme_points_person" ON "programme_points" USING btree ("org_id","person_id","created_at");--> statement-breakpoint
CREATE INDEX "programmes_org" ON "programmes" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "programme_quiz_attempts_person" ON "programme_quiz_attempts" USING btree ("programme_id","person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "programme_valanga_once" ON "programme_valanga_alerts" USING btree ("member_id","trigger");--> statement-breakpoint
CREATE INDEX "news_comments_post" ON "news_comments" USING btree ("post_id","created_at");--> statement-breakpoint
CREATE INDEX "news_posts_org" ON "news_posts" USING btree ("org_id","status","published_at");--> statement-breakpoint
CREATE INDEX "news_reads_person" ON "news_reads" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "news_targets_post" ON "news_targets" USING btree ("post_id");--> statement-breakpoint
CREATE INDEX "onboarding_journeys_org" ON "onboarding_journeys" USING btree ("org_id","start_on");--> statement-breakpoint
CREATE INDEX "onboarding_steps_template" ON "onboarding_steps" USING btree ("template_id","position");--> statement-breakpoint
CREATE INDEX "qa_questions_session" ON "qa_questions" USING btree ("session_id","status");--> statement-breakpoint
CREATE INDEX "suggestion_authors_person" ON "suggestion_authors" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "suggestions_org" ON "suggestions" USING btree ("org_id","status");--> statement-breakpoint
CREATE INDEX "survey_answers_question" ON "survey_answers" USING btree ("question_id");--> statement-breakpoint
CREATE INDEX "survey_questions_survey" ON "survey_questions" USING btree ("survey_id","position");--> statement-breakpoint
CREATE INDEX "survey_responses_round" ON "survey_responses" USING btree ("round_id");--> statement-breakpoint
CREATE INDEX "survey_rounds_due" ON "survey_rounds" USING btree ("status","closes_at");--> statement-breakpoint
CREATE INDEX "survey_targets_survey" ON "survey_targets" USING btree ("survey_id");--> statement-breakpoint
CREATE INDEX "surveys_org" ON "surveys" USING btree ("org_id","status");--> statement-breakpoint
CREATE INDEX "training_changes_training" ON "training_changes" USING btree ("training_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "training_endorsements_manager" ON "training_endorsements" USING btree ("training_id","manager_id");--> statement-breakpoint
CREATE UNIQUE INDEX "training_enrolments_person" ON "training_enrolments" USING btree ("training_id","person_id");--> statement-breakpoint
CREATE INDEX "training_enrolments_session" ON "training_enrolments" USING btree ("session_id","status");--> statement-breakpoint
CREATE INDEX "training_enrolments_org" ON "training_enrolments" USING btree ("org_id","training_id");--> statement-breakpoint
CREATE INDEX "training_enrolments_learner" ON "training_enrolments" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "training_escalations_person" ON "training_escalations" USING btree ("training_id","person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "training_feedback_enrolment" ON "training_feedback" USING btree ("enrolment_id");--> statement-breakpoint
CREATE INDEX "training_feedback_training" ON "training_feedback" USING btree ("training_id");--> statement-breakpoint
CREATE INDEX "training_lrs_keys_org" ON "training_lrs_keys" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "training_mailings_training" ON "training_mailings" USING btree ("training_id");--> statement-breakpoint
CREATE INDEX "training_mailings_open" ON "training_mailings" USING btree ("status");--> statement-breakpoint
CREATE INDEX "training_nudges_person" ON "training_nudges" USING btree ("person_id","created_at");--> statement-breakpoint
CREATE INDEX "training_posters_training" ON "training_posters" USING btree ("training_id");--> statement-breakpoint
CREATE INDEX "training_propositions_training" ON "training_propositions" USING btree ("training_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "training_reach_person" ON "training_reach" USING btree ("training_id","channel","person_id");--> statement-breakpoint
CREATE INDEX "training_sessions_training" ON "training_sessions" USING btree ("training_id","starts_at");--> statement-breakpoint
CREATE INDEX "training_sessions_trainer" ON "training_sessions" USING btree ("trainer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "training_statements_id" ON "training_statements" USING btree ("org_id","statement_id");--> statement-breakpoint
CREATE INDEX "trainings_org" ON "trainings" USING btree ("org_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "trainings_org_code" ON "trainings" USING btree ("org_id",lower("code")) WHERE "trainings"."code" is not null;--> statement-breakpoint
CREATE INDEX "shares_post" ON "shares" USING btree ("post_id");--> statement-breakpoint
ALTER TABLE "posts" ADD CONSTRAINT "posts_has_title" CHECK ("posts"."title" is not null or "posts"."title_en" is not null);--> statement-breakpoint
-- data: migrations/data/content-post-languages.sql
-- Posts had one title and body, in the language the post was aimed at: an English post's words become its English
-- version; every other post's words stay the Italian version.
UPDATE "posts" SET "title_en" = "title", "body_en" = "body", "preview_title_en" = "preview_title",
  "preview_description_en" = "preview_description", "title" = NULL, "body" = '', "preview_title" = NULL,
  "preview_description" = NULL
WHERE "language" = 'en';
--> statement-breakpoint
-- data: migrations/data/links-click-rollups.sql
-- Raw clicks become an append-only log: no primary key (drizzle-kit cannot name it to drop it).
ALTER TABLE "clicks" DROP CONSTRAINT IF EXISTS "clicks_pkey";
--> statement-breakpoint
-- The dashboards' grains (click_rollup) start from the daily rollup the old writer kept: by person, post and facet,
-- per day and per month.
INSERT INTO "click_rollup" ("org_id", "shape", "grain", "day", "person_id", "post_id", "network", "department", "site", "clicks")
SELECT org_id, 'p', g.grain, g.day, person_id, '00000000-0000-0000-0000-000000000000', network, coalesce(department, ''), coalesce(site, ''), sum(clicks)::int
  FROM click_daily, LATERAL (VALUES ('d', day), ('m', date_trunc('month', day)::date)) AS g(grain, day)
 GROUP BY org_id, g.grain, g.day, person_id, network, coalesce(department, ''), coalesce(site, '')
UNION ALL
SELECT org_id, 'o', g.grain, g.day, '00000000-0000-0000-0000-000000000000', post_id, network, '', '', sum(clicks)::int
  FROM click_daily, LATERAL (VALUES ('d', day), ('m', date_trunc('month', day)::date)) AS g(grain, day)
 GROUP BY org_id, g.grain, g.day, post_id, network
UNION ALL
SELECT org_id, 'f', g.grain, g.day, '00000000-0000-0000-0000-000000000000', '00000000-0000-0000-0000-000000000000', network, coalesce(department, ''), coalesce(site, ''), sum(clicks)::int
  FROM click_daily, LATERAL (VALUES ('d', day), ('m', date_trunc('month', day)::date)) AS g(grain, day)
 GROUP BY org_id, g.grain, g.day, network, coalesce(department, ''), coalesce(site, '');
--> statement-breakpoint
-- data: migrations/data/people-content-languages.sql
-- People read posts in the language of their interface until now: that becomes the content language they read.
UPDATE "people" SET "content_languages" = ARRAY["locale"]::text[] WHERE "locale" IN ('it', 'en');
