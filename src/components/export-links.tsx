import { buttonClass } from "@/components/ui/button";
import { exportFiles } from "@/messages/vi/exports";

/** Only the messages this module shows (the client bundle carries no other catalogue). */
const vi = { exports: exportFiles };

/**
 * "Xuất Excel" / "Xuất CSV" links to an export route, carrying the page's current filters,
 * with a warning beside them when the export will not hold every row.
 */
export function ExportLinks({
  path,
  filters,
  warning,
}: {
  path: string;
  filters: Record<string, string | number | undefined>;
  warning?: string;
}) {
  const href = (format: "xlsx" | "csv") => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(filters)) if (value !== undefined && value !== "") params.set(key, String(value));
    params.set("format", format);
    return `${path}?${params.toString()}`;
  };
  return (
    <span className="no-print inline-flex flex-wrap items-center gap-2">
      {warning ? (
        <span role="note" className="text-sm text-amber-800" data-testid="export-warning">
          {warning}
        </span>
      ) : null}
      <a className={buttonClass("secondary")} href={href("xlsx")} download>
        {vi.exports.excel}
      </a>
      <a className={buttonClass("secondary")} href={href("csv")} download>
        {vi.exports.csv}
      </a>
    </span>
  );
}
