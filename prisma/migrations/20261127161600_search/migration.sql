-- Diacritic-insensitive search ("quy I" finds "Quý I"): unaccent + trigram indexes.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- unaccent() is STABLE; an index needs an IMMUTABLE wrapper with a fixed dictionary.
CREATE OR REPLACE FUNCTION immutable_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

-- The search key: lower-cased, unaccented; "đ" folds to "d" as well.
CREATE OR REPLACE FUNCTION search_key(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(public.immutable_unaccent($1)) $$;

CREATE INDEX "Meeting_searchText_trgm" ON "Meeting" USING gin (search_key("searchText") gin_trgm_ops);
CREATE INDEX "Directive_content_trgm" ON "Directive" USING gin (search_key("content") gin_trgm_ops);
CREATE INDEX "DocumentRef_code_trgm" ON "DocumentRef" USING gin (search_key("code" || ' ' || "title") gin_trgm_ops);
CREATE INDEX "Person_fullName_trgm" ON "Person" USING gin (search_key("fullName") gin_trgm_ops);
CREATE INDEX "Organization_name_trgm" ON "Organization" USING gin (search_key("name") gin_trgm_ops);
CREATE INDEX "Recommendation_content_trgm" ON "Recommendation" USING gin (search_key("content") gin_trgm_ops);
