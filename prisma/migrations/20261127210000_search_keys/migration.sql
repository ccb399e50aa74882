-- Search keys as columns PostgreSQL generates, so that a search is a condition of the list's
-- own query. The former search ran a separate query for matching ids and passed them back as
-- a list: at national scale "quy IV" matched over 33,000 meetings and the list overflowed the
-- protocol's parameter limit (an error page). The schema declares these columns with a
-- dbgenerated default so that Prisma reads and filters them but never writes them.
DROP INDEX "Meeting_searchText_trgm";
DROP INDEX "Directive_content_trgm";

ALTER TABLE "Meeting" ADD COLUMN "searchKey" TEXT NOT NULL GENERATED ALWAYS AS (search_key("searchText")) STORED;
ALTER TABLE "Directive" ADD COLUMN "contentKey" TEXT NOT NULL GENERATED ALWAYS AS (search_key("content")) STORED;

CREATE INDEX "Meeting_searchKey_trgm" ON "Meeting" USING gin ("searchKey" gin_trgm_ops);
CREATE INDEX "Directive_contentKey_trgm" ON "Directive" USING gin ("contentKey" gin_trgm_ops);
