import type { ButtonHTMLAttributes } from "react";

type Variant = "primary" | "secondary" | "danger" | "ghost" | "link" | "linkDanger" | "tool";
type Size = "md" | "sm" | "xs";

/**
 * A button's classes: the shared look, a size and a variant, each one short class of
 * globals.css (`.btn`, `.btn-md`, `.btn-secondary`…): buttons are on every page, in its HTML and
 * again in its React Server Components payload (issue 18). The variants: primary, secondary,
 * danger, ghost; link and linkDanger (an action inside a row: underlined text, no frame); tool
 * (a toolbar toggle of the rich-text editor).
 */
export function buttonClass(variant: Variant = "primary", size: Size = "md"): string {
  return `btn btn-${size} btn-${variant}`;
}

export function Button({
  variant = "primary",
  size = "md",
  className = "",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant; size?: Size }) {
  return <button {...props} className={`${buttonClass(variant, size)} ${className}`} />;
}
