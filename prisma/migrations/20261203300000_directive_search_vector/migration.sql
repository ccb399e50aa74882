-- A directive search that applies the scope and the words in one index (docs/decisions/0033).
-- The board searched a province's directives by starting from the scope's meetings and testing
-- every directive's content key with LIKE (~11,500 rows per search; p95 2.2 s under load).
-- "searchVector" holds the words of the content key, split exactly as searchWords() splits the
-- typed words, and the paths of the meeting's unit and of every unit above it ("/sp1/",
-- "/sp1/sc1_1/"; a path never is a word: words are split on "/"). One GIN index answers
-- "in this subtree AND every word" together. A trigger keeps it in the writing transaction.

-- The words of a text as lexemes, as searchWords() (src/lib/text.ts) makes them: the search key
-- split on spaces and / , . ; : ( ) " ' -, LIKE wildcards and backslashes removed, empty
-- words and words too long for a lexeme left out.
CREATE FUNCTION search_lexemes(text) RETURNS text[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$
    SELECT COALESCE(array_agg(word), '{}')
    FROM unnest(regexp_split_to_array(regexp_replace(search_key($1), '[%_\\]', '', 'g'), '[[:space:]/,.;:()"''-]+')) AS word
    WHERE word <> '' AND octet_length(word) < 2048
  $$;

-- The paths of a unit and of every unit above it, from its materialised path ("/a/b/" → "/a/", "/a/b/").
CREATE FUNCTION unit_path_lexemes(path text) RETURNS text[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$
    SELECT COALESCE(array_agg('/' || array_to_string(parts[1:i], '/') || '/' ORDER BY i), '{}')
    FROM (SELECT string_to_array(trim(BOTH '/' FROM path), '/') AS parts) AS p
    CROSS JOIN LATERAL generate_series(1, cardinality(parts)) AS i
  $$;

-- The beginnings of the words, one to six letters, marked with "*" ("quy" → "q*", "qu*", "quy*"),
-- so that a last word typed as a beginning is one index entry too: GIN's own prefix match over
-- the whole country's vectors unions the posting lists of every word so beginning (~50 ms for
-- "truyen" against ~2 ms for the word). A Vietnamese syllable has at most seven letters; a
-- longer last word uses GIN's prefix match, cheap for so rare a beginning. A word ending in "*"
-- (the search keeps "*") also begins with what precedes it, so the mark adds no false match.
CREATE FUNCTION search_prefix_lexemes(words text[]) RETURNS text[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$
    SELECT COALESCE(array_agg(DISTINCT left(word, i) || '*'), '{}')
    FROM unnest(words) AS word CROSS JOIN LATERAL generate_series(1, least(char_length(word), 6)) AS i
  $$;

-- Words, their beginnings and the unit paths of a text written at a unit.
CREATE FUNCTION search_vector(content text, unit_path text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$
    SELECT array_to_tsvector(words || search_prefix_lexemes(words) || unit_path_lexemes(unit_path))
    FROM (SELECT search_lexemes(content) AS words) AS w
  $$;

CREATE FUNCTION directive_search_vector(content text, meeting_id text) RETURNS tsvector
  LANGUAGE sql STABLE
  AS $$
    SELECT search_vector(content, u.path)
    FROM "Meeting" m JOIN "Unit" u ON u.id = m."unitId"
    WHERE m.id = meeting_id
  $$;

-- The content key and its trigram index served only the former search.
DROP INDEX "Directive_contentKey_trgm";
ALTER TABLE "Directive" DROP COLUMN "contentKey";

-- AddColumn
ALTER TABLE "Directive" ADD COLUMN     "searchVector" tsvector;

CREATE FUNCTION directive_search_vector_set() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchVector" := directive_search_vector(NEW.content, NEW."meetingId");
  RETURN NEW;
END $$;

CREATE TRIGGER "Directive_search_vector" BEFORE INSERT OR UPDATE OF content, "meetingId" ON "Directive"
  FOR EACH ROW EXECUTE FUNCTION directive_search_vector_set();

-- A meeting moved to another unit moves its directives into that unit's subtree.
CREATE FUNCTION meeting_directive_search_vectors() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Directive" SET "searchVector" = directive_search_vector(content, "meetingId") WHERE "meetingId" = NEW.id;
  RETURN NULL;
END $$;

CREATE TRIGGER "Meeting_directive_search_vectors" AFTER UPDATE OF "unitId" ON "Meeting"
  FOR EACH ROW WHEN (OLD."unitId" IS DISTINCT FROM NEW."unitId") EXECUTE FUNCTION meeting_directive_search_vectors();

-- Every directive's vector (also what a bulk load with the triggers off calls afterwards).
CREATE FUNCTION rebuild_directive_search_vectors() RETURNS void LANGUAGE sql AS $$
  UPDATE "Directive" d SET "searchVector" = search_vector(d.content, u.path)
  FROM "Meeting" m JOIN "Unit" u ON u.id = m."unitId"
  WHERE m.id = d."meetingId"
$$;

SELECT rebuild_directive_search_vectors();

-- CreateIndex
CREATE INDEX "Directive_searchVector_idx" ON "Directive" USING GIN ("searchVector");
