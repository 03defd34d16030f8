-- Posts had one title and body, in the language the post was aimed at: an English post's words become its English
-- version; every other post's words stay the Italian version.
UPDATE "posts" SET "title_en" = "title", "body_en" = "body", "preview_title_en" = "preview_title",
  "preview_description_en" = "preview_description", "title" = NULL, "body" = '', "preview_title" = NULL,
  "preview_description" = NULL
WHERE "language" = 'en';
