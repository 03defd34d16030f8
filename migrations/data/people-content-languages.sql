-- People read posts in the language of their interface until now: that becomes the content language they read.
UPDATE "people" SET "content_languages" = ARRAY["locale"]::text[] WHERE "locale" IN ('it', 'en');
