import type { ReactNode } from "react";

export type AlertTone = "error" | "success" | "warning" | "info";

const TONES: Record<AlertTone, string> = {
  error: "border-red-300 bg-red-50 text-red-800",
  success: "border-green-300 bg-green-50 text-green-800",
  warning: "border-amber-300 bg-amber-50 text-amber-900",
  info: "border-sky-300 bg-sky-50 text-sky-900",
};

/**
 * A message in a coloured frame. Errors interrupt a screen reader (`alert`), the other tones wait
 * their turn (`status`); a static notice on a page that is not the outcome of an action can pass
 * `live={false}` so it is read in place like any text.
 */
export function Alert({
  tone = "info",
  live = true,
  className = "",
  children,
  ...rest
}: {
  tone?: AlertTone;
  live?: boolean;
  className?: string;
  children: ReactNode;
  "data-testid"?: string;
}) {
  const role = live ? (tone === "error" ? "alert" : "status") : undefined;
  return (
    <div
      role={role}
      data-testid={rest["data-testid"]}
      className={`rounded-md border px-3 py-2 text-sm ${TONES[tone]} ${className}`}
    >
      {children}
    </div>
  );
}

/** A page-wide notice above the page's content (a period closed, a read-only view, an export cut short). */
export function Banner({
  tone = "warning",
  children,
  ...rest
}: {
  tone?: AlertTone;
  children: ReactNode;
  "data-testid"?: string;
}) {
  return (
    <Alert tone={tone} live={false} className="mb-4" data-testid={rest["data-testid"]}>
      {children}
    </Alert>
  );
}
